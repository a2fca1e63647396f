import { describe, expect, it } from 'vitest';
import { parseTokenLossSearch, toTokenLossSearch } from './url-state';

describe('parseTokenLossSearch', () => {
  it('reads the issue’s example link and round-trips a state', () => {
    const { state, notices } = parseTokenLossSearch('?tokens=the,cat,sat&q=0.5,0.25,0.8&unit=nats');
    expect(notices).toEqual([]);
    expect(state).toEqual({ tokens: ['the', 'cat', 'sat'], q: [0.5, 0.25, 0.8], unit: 'nats' });
    const other = { tokens: ['a', 'b'], q: [0.001, 1], unit: 'bits' as const };
    expect(parseTokenLossSearch(toTokenLossSearch(other)).state).toEqual(other);
  });

  it.each([
    ['q=0,0.5,0.5', /probabilities must be from 0.001 to 1/],
    ['q=NaN,1,1', /every probability must be a number/],
    ['q=2,1,1', /probabilities must be from 0.001 to 1/],
    ['tokens=a,b&q=0.5', /1 probabilities for 2 tokens/],
    ['q=0.5,0.5', /without their tokens/],
    ['tokens=a,,b', /tokens cannot be empty/],
    ['tokens=' + Array(13).fill('x').join(','), /at most 12 tokens/],
    ['tokens=a%00b', /control or text-direction/],
    ['unit=%3Cscript%3E', /Ignored unit="<script>": the unit must be bits or nats/],
  ])('%s falls back with a calm notice', (search, notice) => {
    const { state, notices } = parseTokenLossSearch(`?${search}`);
    expect(notices.join(' ')).toMatch(notice);
    expect(state.q).toHaveLength(state.tokens.length);
    for (const x of state.q) expect(x > 0 && x <= 1).toBe(true);
  });
});
