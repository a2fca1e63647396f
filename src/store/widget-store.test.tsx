import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createWidgetStore } from './widget-store';

describe('a widget store’s hooks, as a prerender or a hydrating island renders them', () => {
  it('see the widget as it was first rendered, not as the student has since changed it', () => {
    const widgets = createWidgetStore<{ q: number }>();
    widgets.ensure('pq', { q: 0.9 });
    widgets.update('pq', { q: 0.88 });
    widgets.commit('pq');
    function Follower() {
      const state = widgets.useWidget('pq');
      const settled = widgets.useSettledWidget('pq');
      const q = widgets.useField('pq', (s) => s.q);
      const committed = widgets.useCommitted('pq');
      return `${state?.q} ${settled?.q} ${q} ${committed ? 'committed' : 'none'}`;
    }
    // What the island's prerender showed, which hydration must match; the live state (0.88,
    // committed) comes in the render straight after.
    expect(renderToString(<Follower />)).toBe('0.9 0.9 0.9 none');
    expect(widgets.store.getState().widgets.pq).toEqual({ q: 0.88 });
  });
});
