import type { PQState } from '../widgets/pq-bars/state';
import { createWidgetStore } from './widget-store';

/** Every P/Q bar widget on the page, by id (see createWidgetStore). */
const pqWidgets = createWidgetStore<PQState>();

export const {
  store: pqWidgetsStore,
  ensure: ensurePQWidget,
  update: updatePQWidget,
  commit: commitPQWidget,
  reset: resetPQWidgets,
  useWidget: usePQWidget,
  useSettledWidget: useSettledPQWidget,
  useCommitted: useCommittedPQWidget,
  useField: usePQWidgetField,
} = pqWidgets;
