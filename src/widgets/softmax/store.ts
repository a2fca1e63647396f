import { createWidgetStore } from '../../store/widget-store';
import type { SoftmaxState } from './state';

/** Every logits-to-loss widget on the page, by id (see createWidgetStore). */
export const softmaxWidgets = createWidgetStore<SoftmaxState>();
