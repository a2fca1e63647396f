import { expect } from 'vitest';

/**
 * Custom matchers for the metrics tests (imported for its side effect by each test file):
 * - toBeDistribution(length?, tolerance = 1e-12): finite entries >= 0 summing to 1 within tolerance.
 * - toBeRelativelyClose(expected, tolerance): |actual - expected| <= tolerance * |expected|, the
 *   accuracy promise of the module; equal values (including Infinity and 0) always pass.
 */
declare module 'vitest' {
  // The type parameter must match vitest's own declaration of Matchers exactly.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  interface Matchers<T = any> {
    toBeDistribution(length?: number, tolerance?: number): T;
    toBeRelativelyClose(expected: number, tolerance: number): T;
  }
}

/** Pairwise summation: error grows like log n, so a million entries are checked to ~1e-15. */
function pairwiseSum(values: number[], from: number, to: number): number {
  if (to - from <= 8) {
    let total = 0;
    for (let i = from; i < to; i++) total += values[i]!;
    return total;
  }
  const middle = (from + to) >> 1;
  return pairwiseSum(values, from, middle) + pairwiseSum(values, middle, to);
}

expect.extend({
  toBeDistribution(received: ArrayLike<number>, length?: number, tolerance = 1e-12) {
    const values = Array.from(received);
    const bad = values.findIndex((x) => !(x >= 0 && x < Infinity));
    const total = pairwiseSum(values, 0, values.length);
    let problem = '';
    if (length !== undefined && values.length !== length) {
      problem = `has length ${values.length}, expected ${length}`;
    } else if (bad >= 0) problem = `has entry ${values[bad]} at index ${bad}`;
    else if (!(Math.abs(total - 1) <= tolerance)) problem = `sums to ${total}`;
    const shown = `[${values.slice(0, 8).join(', ')}${values.length > 8 ? ', ...' : ''}]`;
    return {
      pass: problem === '',
      message: () =>
        problem === ''
          ? `expected ${shown} not to be a distribution`
          : `expected a distribution, but ${shown} ${problem}`,
    };
  },
  toBeRelativelyClose(received: number, expected: number, tolerance: number) {
    const error = Math.abs(received - expected) / Math.abs(expected);
    const pass = received === expected || error <= tolerance;
    return {
      pass,
      message: () =>
        `expected ${received} ${pass ? 'not ' : ''}to be within relative ${tolerance} of ` +
        `${expected} (relative error ${error})`,
    };
  },
});
