import * as z from 'zod/mini';
import { widgets, type WidgetName } from '../../widgets/registry';
import { commaList, urlParamReader } from '../../widgets/shared/url-params';

/** Widgets one under another, or side by side where the screen is wide enough. */
export type PlaygroundLayout = 'column' | 'side';

/**
 * The playground's state, all of it in its URL: which widgets show, how, and each widget's own
 * state as the query string that widget's Copy link writes (so each widget's parser reads it,
 * with its own notices for what it cannot use).
 */
export interface PlaygroundState {
  shown: WidgetName[];
  layout: PlaygroundLayout;
  states: Partial<Record<WidgetName, string>>;
}

export const defaultPlayground: PlaygroundState = {
  shown: [widgets[0].name],
  layout: 'column',
  states: {},
};

const names = widgets.map((w) => w.name) as [WidgetName, ...WidgetName[]];

const shownSchema = z.pipe(
  z.string(),
  z.pipe(commaList, z.array(z.enum(names, { error: `the widgets are ${names.join(', ')}` }))),
);
const layoutSchema = z.enum(['column', 'side'], { error: 'the layouts are column and side' });
// A widget's state is its own query string, read by its own parser; this only bounds its size.
const stateSchema = z.string().check(z.maxLength(2000, { error: 'too long to be a state' }));

/** Reads `?show=pq,joint&layout=side&pq=<pq's query>`; what cannot be used gives a notice. */
export function parsePlaygroundSearch(search: string): {
  state: PlaygroundState;
  notices: string[];
} {
  const reader = urlParamReader(search);
  const shown = reader.read('show', shownSchema);
  const layout = reader.read('layout', layoutSchema) ?? defaultPlayground.layout;
  const states: PlaygroundState['states'] = {};
  for (const name of names) {
    const state = reader.read(name, stateSchema);
    if (state !== undefined) states[name] = state;
  }
  return {
    state: { shown: shown ? [...new Set(shown)] : defaultPlayground.shown, layout, states },
    notices: reader.notices,
  };
}

/** The query string of a playground state (without `?`), which parsePlaygroundSearch reads back. */
export function toPlaygroundSearch({ shown, layout, states }: PlaygroundState): string {
  const params = new URLSearchParams({ show: shown.join(','), layout });
  for (const name of names) {
    const state = states[name];
    if (state) params.set(name, state);
  }
  return params.toString();
}
