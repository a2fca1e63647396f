import type { KLState } from '../widgets/kl-explorer/state';
import { createWidgetStore } from './widget-store';

/** Every KL explorer on the page, by id (see createWidgetStore). */
const klWidgets = createWidgetStore<KLState>();

export const {
  store: klWidgetsStore,
  ensure: ensureKLWidget,
  update: updateKLWidget,
  commit: commitKLWidget,
  reset: resetKLWidgets,
  useWidget: useKLWidget,
  useCommitted: useCommittedKLWidget,
  useField: useKLWidgetField,
} = klWidgets;
