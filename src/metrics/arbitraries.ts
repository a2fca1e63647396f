import fc from 'fast-check';
import type { Mixture } from './types';

/**
 * fast-check generators shared by the property tests. Distributions are built from raw weights by
 * plain division (not the module's normalize), mixing zeros, ordinary values and values down to
 * 1e-300 so that 0 log 0, tiny probabilities and exactly-zero q all come up.
 */

/** Property tests run at least this many cases (the issue asks for >= 10,000). */
export const RUNS = 10_000;

const weight = fc.oneof(
  { weight: 1, arbitrary: fc.constant(0) },
  { weight: 6, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ min: 1e-300, max: 1e-250, noNaN: true }) },
);

function toDistribution(weights: number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

/** A distribution over exactly n outcomes. */
export function distributionOf(n: number): fc.Arbitrary<number[]> {
  return fc
    .array(weight, { minLength: n, maxLength: n })
    .filter((w) => w.reduce((a, b) => a + b, 0) > 0)
    .map(toDistribution);
}

/** A distribution over 1 to 12 outcomes. */
export const distribution = fc.integer({ min: 1, max: 12 }).chain(distributionOf);

/** Two distributions over the same 1 to 12 outcomes. */
export const distributionPair = fc
  .integer({ min: 1, max: 12 })
  .chain((n) => fc.tuple(distributionOf(n), distributionOf(n)));

/** A joint distribution table of 1 to 6 rows and 1 to 6 columns. */
export const joint = fc
  .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }))
  .chain(([rows, cols]) => distributionOf(rows * cols).map((cells) => toTable(cells, cols)));

/** Two marginals, for product (independent) joints. */
export const marginalPair = fc.tuple(
  fc.integer({ min: 1, max: 6 }).chain(distributionOf),
  fc.integer({ min: 1, max: 6 }).chain(distributionOf),
);

function toTable(cells: number[], cols: number): number[][] {
  const table: number[][] = [];
  for (let i = 0; i < cells.length; i += cols) table.push(cells.slice(i, i + cols));
  return table;
}

/** A Gaussian in the ranges the continuous widgets use: |mu| <= 10, 0.05 <= sigma <= 10. */
export const gaussian = fc.record({
  mu: fc.double({ min: -10, max: 10, noNaN: true }),
  sigma: fc.double({ min: 0.05, max: 10, noNaN: true }),
});

/** A one-component mixture with sigma >= 0.1, the narrowest the widgets allow for P. */
export const singleComponent: fc.Arbitrary<Mixture> = fc
  .record({
    mu: fc.double({ min: -10, max: 10, noNaN: true }),
    sigma: fc.double({ min: 0.1, max: 10, noNaN: true }),
  })
  .map((g) => [{ weight: 1, ...g }]);
