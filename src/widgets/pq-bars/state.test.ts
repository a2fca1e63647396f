import { describe, expect, it } from 'vitest';
import { defaultPQState, pqStateFromProps } from './state';

describe('pqStateFromProps (an author’s MDX props)', () => {
  it('fills in what is left out, with a uniform Q for a given P and the default labels', () => {
    expect(pqStateFromProps({})).toEqual(defaultPQState);
    const state = pqStateFromProps({ p: [0.2, 0.3, 0.5], showQ: false });
    expect(state.q).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(state.labels).toEqual(['outcome 1', 'outcome 2', 'outcome 3']);
    expect(state.showQ).toBe(false);
  });

  it('normalises weights that do not add up to 1', () => {
    expect(pqStateFromProps({ p: [1, 3], q: [2, 2] })).toMatchObject({
      p: [0.25, 0.75],
      q: [0.5, 0.5],
    });
  });

  it('throws a message naming the prop for each kind of mistake', () => {
    expect(() => pqStateFromProps({ p: [1] })).toThrow(/p must have 2 to 10 outcomes, got 1/);
    expect(() => pqStateFromProps({ p: [0.5, 0.5], q: [1, 0, 0] })).toThrow(
      /p has 2 outcomes but q has 3/,
    );
    expect(() => pqStateFromProps({ q: [0, 0] })).toThrow(/q must be non-negative numbers/);
    expect(() => pqStateFromProps({ labels: ['a'] })).toThrow(/1 labels for 2 outcomes/);
    expect(() => pqStateFromProps({ epsilon: 0.5 })).toThrow(/epsilon must be between 0 and 0.2/);
  });

  it('refuses a flag written as a string, which would read as true', () => {
    const asWritten = (value: string) => ({ showQ: value }) as unknown as { showQ: boolean };
    expect(() => pqStateFromProps(asWritten('false'))).toThrow(
      'PQBars: showQ must be true or false in braces, got "false"',
    );
    expect(() => pqStateFromProps({ lockP: 1 } as unknown as { lockP: boolean })).toThrow(/lockP/);
  });
});
