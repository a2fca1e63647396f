import { createWidgetStore } from '../../store/widget-store';
import type { TokenLossState } from './state';

/** Every per-token loss widget on the page, by id (see createWidgetStore). */
export const tokenLossWidgets = createWidgetStore<TokenLossState>();
