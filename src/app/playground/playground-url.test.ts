import { describe, expect, it } from 'vitest';
import { defaultPlayground, parsePlaygroundSearch, toPlaygroundSearch } from './playground-url';

describe('the playground URL', () => {
  it('shows the first widget in a column when it says nothing', () => {
    expect(parsePlaygroundSearch('')).toEqual({ state: defaultPlayground, notices: [] });
  });

  it('round-trips which widgets show, the layout and each widget’s own query', () => {
    const state = {
      shown: ['kl-explorer', 'pq'] as const,
      layout: 'side' as const,
      states: { pq: 'p=0.2,0.8&q=0.5,0.5&unit=nats', 'kl-explorer': 'mu=1&sigma=2' },
    };
    const search = toPlaygroundSearch({ ...state, shown: [...state.shown] });
    // A widget's query is one parameter: its own & and = are escaped inside it.
    expect(search).toBe(
      'show=kl-explorer%2Cpq&layout=side&pq=p%3D0.2%2C0.8%26q%3D0.5%2C0.5%26unit%3Dnats&kl-explorer=mu%3D1%26sigma%3D2',
    );
    expect(parsePlaygroundSearch(`?${search}`)).toEqual({
      state: { ...state, shown: ['kl-explorer', 'pq'] },
      notices: [],
    });
  });

  it('ignores what it cannot use, with a notice, and keeps the rest', () => {
    const { state, notices } = parsePlaygroundSearch(
      `?show=pq,nope&layout=diagonal&joint=${'x'.repeat(2001)}`,
    );
    expect(state).toEqual(defaultPlayground);
    expect(notices).toEqual([
      expect.stringMatching(/^Ignored show="pq,nope": the widgets are pq, kl-explorer/),
      'Ignored layout="diagonal": the layouts are column and side.',
      expect.stringMatching(/^Ignored joint="x{40}…": too long to be a state\.$/),
    ]);
  });

  it('shows each widget once, and none when asked for none', () => {
    expect(parsePlaygroundSearch('?show=split,split').state.shown).toEqual(['split']);
    expect(parsePlaygroundSearch('?show=').notices).toHaveLength(1);
  });
});
