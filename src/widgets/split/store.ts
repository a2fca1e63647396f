import { createWidgetStore } from '../../store/widget-store';
import type { SplitState } from './state';

/** Every split widget on the page, by id (see createWidgetStore). */
export const splitWidgets = createWidgetStore<SplitState>();
