import { createWidgetStore } from '../../store/widget-store';
import type { JointState } from './state';

/** Every joint-table widget on the page, by id (see createWidgetStore). */
export const jointWidgets = createWidgetStore<JointState>();
