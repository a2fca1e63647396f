import { describe, expect, it } from 'vitest';
import { CompensatedSum, sum } from './sum';

describe('CompensatedSum', () => {
  it('recovers what naive summation loses', () => {
    // Naive left-to-right summation gives 0.9999999999999999 and 0 for these.
    expect(sum(new Array<number>(10).fill(0.1))).toBe(1);
    // Kahan's original algorithm also returns 0 here; Neumaier's variant gets the exact 2.
    expect(sum([1, 1e100, 1, -1e100])).toBe(2);
  });

  it('keeps a million small terms exact', () => {
    const acc = new CompensatedSum();
    acc.add(1);
    for (let i = 0; i < 1_000_000; i++) acc.add(2 ** -60);
    // The exact total, rounded once; adding 2^-60 to 1 one at a time would leave 1 unchanged.
    expect(acc.value()).toBe(1 + 1_000_000 * 2 ** -60);
  });

  it('starts at 0', () => {
    expect(new CompensatedSum().value()).toBe(0);
    expect(sum([])).toBe(0);
  });
});
