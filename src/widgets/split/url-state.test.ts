import { describe, expect, it } from 'vitest';
import { defaultSplitState } from './state';
import { parseSplitSearch, toSplitSearch } from './url-state';

describe('parseSplitSearch', () => {
  it('reads the issue example', () => {
    const { state, notices } = parseSplitSearch(
      '?x=1,2,3,4,5,6,7,8,9,10&y=0,0,0,0,1,0,0,1,1,1&t=5.5&unit=bits',
    );
    expect(notices).toEqual([]);
    expect(state).toEqual(defaultSplitState);
  });

  it('round-trips a state through its link', () => {
    const state = { x: [0.5, 2, 2, 7], y: [0, 2, 1, 1], threshold: 1.25, unit: 'nats' as const };
    expect(parseSplitSearch(toSplitSearch(state))).toEqual({ state, notices: [] });
  });

  it('refuses 1,000 samples with a notice and keeps the default samples', () => {
    const many = Array.from({ length: 1000 }, (_, i) => i);
    const { state, notices } = parseSplitSearch(
      `x=${many.join(',')}&y=${many.map((i) => i % 2).join(',')}`,
    );
    expect(state.x).toEqual(defaultSplitState.x);
    expect(notices.join(' ')).toContain('at most 200 samples');
  });

  it.each([
    ['a class of 3', 'x=1,2,3&y=0,1,3', 'classes must be from 0 to 2'],
    ['a fractional class', 'x=1,2,3&y=0,1,0.5', 'whole numbers'],
    ['a word among the values', 'x=1,two,3&y=0,1,1', 'finite number'],
    ['lengths that differ', 'x=1,2,3&y=0,1', 'there are 3 values but 2 classes'],
    ['x without y', 'x=1,2,3', 'both x and y'],
  ])('falls back to the default samples on %s', (_, search, message) => {
    const { state, notices } = parseSplitSearch(search);
    expect(state.x).toEqual(defaultSplitState.x);
    expect(notices.join(' ')).toContain(message);
  });

  it('moves a threshold outside the samples inside, and ignores one that is not a number', () => {
    expect(parseSplitSearch('t=99').state.threshold).toBe(10.5);
    const { state, notices } = parseSplitSearch('t=abc');
    expect(state.threshold).toBe(defaultSplitState.threshold);
    expect(notices).toHaveLength(1);
  });
});
