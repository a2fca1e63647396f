import { describe, expect, it } from 'vitest';
import { defaultKLState } from './state';
import { parseKLSearch, toKLSearch } from './url-state';

describe('parseKLSearch', () => {
  it('reads the issue example', () => {
    const { state, notices } = parseKLSearch(
      '?mix=0.5:-2.2:0.7,0.5:2.2:0.7&mu=0&sigma=1.5&unit=nats',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual(defaultKLState);
  });

  it('gives the defaults for an empty query', () => {
    expect(parseKLSearch('')).toEqual({ state: defaultKLState, notices: [] });
  });

  it('rescales weights and says so when they are far from 1', () => {
    const { state, notices } = parseKLSearch('mix=3:-1:1,1:2:0.5');
    expect(state.p.map((c) => c.weight)).toEqual([0.75, 0.25]);
    expect(state.p[1]).toEqual({ weight: 0.25, mu: 2, sigma: 0.5 });
    expect(notices).toEqual(['The mixture weights did not add up to 1, so they were rescaled.']);
  });

  it.each([
    ['mix=0.5:-2.2', 'Ignored mix="0.5:-2.2": each component is weight:mean:sd.'],
    ['mix=a:1:1', 'Ignored mix="a:1:1": every value must be a number.'],
    ['mix=-1:0:1', 'Ignored mix="-1:0:1": weights cannot be negative.'],
    ['mix=1:0:0', 'Ignored mix="1:0:0": standard deviations must be between 0.2 and 3.'],
    ['mix=0:0:1,0:1:1', 'Ignored mix="0:0:1,0:1:1": the weights cannot all be 0.'],
    ['mix=1:99:1', 'Ignored mix="1:99:1": means must be between -6 and 6.'],
    ['mix=', 'Ignored mix="": each component is weight:mean:sd.'],
    ['sigma=0', 'Ignored sigma="0": the standard deviation must be between 0.2 and 5.'],
    ['sigma=NaN', 'Ignored sigma="NaN": every value must be a number.'],
    ['mu=Infinity', 'Ignored mu="Infinity": every value must be a number.'],
    ['mu=', 'Ignored mu="": every value must be a number.'],
    ['unit=parsecs', 'Ignored unit="parsecs": the unit must be bits or nats.'],
    ['dir=sideways', 'Ignored dir="sideways": the direction must be forward or reverse.'],
  ])('falls back on %s with a notice', (search, notice) => {
    const { state, notices } = parseKLSearch(search);
    expect(notices).toEqual([notice]);
    // Whatever was rejected, every number in the state is usable.
    expect(state.p.every((c) => c.sigma > 0 && Number.isFinite(c.mu) && c.weight >= 0)).toBe(true);
    expect(state.q.sigma).toBeGreaterThan(0);
    expect(Number.isFinite(state.q.mu)).toBe(true);
  });

  it('keeps the good parts of a partly bad query', () => {
    const { state, notices } = parseKLSearch('mu=1&sigma=-3&unit=bits&dir=reverse');
    expect(state.q).toEqual({ mu: 1, sigma: 1.5 });
    expect(state.unit).toBe('bits');
    expect(state.direction).toBe('reverse');
    expect(notices).toHaveLength(1);
  });
});

describe('toKLSearch', () => {
  it('writes the issue example for the default state', () => {
    expect(decodeURIComponent(toKLSearch(defaultKLState))).toBe(
      'mix=0.5:-2.2:0.7,0.5:2.2:0.7&mu=0&sigma=1.5&unit=nats',
    );
  });
  it('round-trips through parseKLSearch', () => {
    const state = {
      p: [
        { weight: 0.25, mu: -1.5, sigma: 0.4 },
        { weight: 0.75, mu: 3, sigma: 1.25 },
      ],
      q: { mu: 2.1933, sigma: 0.7104 },
      unit: 'bits' as const,
      direction: 'reverse' as const,
    };
    expect(parseKLSearch(toKLSearch(state))).toEqual({ state, notices: [] });
  });
});
