import fc from 'fast-check';
import { describe, it } from 'vitest';
import { joint, marginalPair, RUNS } from './arbitraries';
import { entropy } from './discrete';
import { conditionalEntropy, mutualInformation } from './information';

describe('properties of the joint measures', () => {
  it('I(X;Y) >= 0 and I(X;Y) = H(Y) - H(Y|X)', () => {
    fc.assert(
      fc.property(joint, (table) => {
        const mi = mutualInformation(table);
        const columns = table[0]!.map((_, j) => table.reduce((s, row) => s + row[j]!, 0));
        const hy = entropy(columns.map((c) => c / columns.reduce((a, b) => a + b, 0)));
        return mi >= 0 && Math.abs(hy - conditionalEntropy(table) - mi) <= 1e-12 * Math.max(1, hy);
      }),
      { numRuns: RUNS },
    );
  });

  it('I(X;Y) = 0 for a product joint p(x) p(y)', () => {
    fc.assert(
      fc.property(marginalPair, ([px, py]) => {
        const table = px.map((a) => py.map((b) => a * b));
        // Rounded products and sums off 1 by ~1e-16 leave only a residue of that size.
        return mutualInformation(table) <= 1e-15;
      }),
      { numRuns: RUNS },
    );
  });
});
