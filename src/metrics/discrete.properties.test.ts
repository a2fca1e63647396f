import fc from 'fast-check';
import { describe, it } from 'vitest';
import { distribution, distributionPair, RUNS } from './arbitraries';
import { crossEntropy, entropy, jsDivergence, klDivergence } from './discrete';
import { perplexity } from './units';

/** |a - b| <= tolerance * max(1, |a|, |b|): relative for large values, absolute near 0. */
function close(a: number, b: number, tolerance: number): boolean {
  return a === b || Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

describe('properties of the discrete measures', () => {
  it('H(P,Q) = H(P) + D(P||Q), Infinity included', () => {
    fc.assert(
      fc.property(distributionPair, ([p, q]) => {
        const ce = crossEntropy(p, q);
        const split = entropy(p) + klDivergence(p, q);
        return !Number.isNaN(ce) && close(ce, split, 1e-12);
      }),
      { numRuns: RUNS },
    );
  });

  it('D(P||Q) >= 0, with equality at P = Q', () => {
    fc.assert(
      fc.property(distributionPair, ([p, q]) => {
        return klDivergence(p, q) >= 0 && klDivergence(p, p) === 0 && klDivergence(q, q) === 0;
      }),
      { numRuns: RUNS },
    );
  });

  it('0 <= H(P) <= log n, in nats and bits', () => {
    fc.assert(
      fc.property(distribution, (p) => {
        const h = entropy(p);
        const bits = entropy(p, 'bits');
        return (
          h >= 0 &&
          h <= Math.log(p.length) * (1 + 1e-15) &&
          bits >= 0 &&
          bits <= Math.log2(p.length) * (1 + 1e-15)
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('0 <= JS(P,Q) <= ln 2 (1 bit), symmetric, 0 at P = Q', () => {
    fc.assert(
      fc.property(distributionPair, ([p, q]) => {
        const js = jsDivergence(p, q);
        return (
          js >= 0 &&
          js <= Math.LN2 &&
          jsDivergence(p, q, 'bits') <= 1 &&
          close(js, jsDivergence(q, p), 1e-14) &&
          jsDivergence(p, p) === 0
        );
      }),
      { numRuns: RUNS },
    );
  });

  it('perplexity of H(P,Q) is the same number from nats and from bits', () => {
    fc.assert(
      fc.property(distributionPair, ([p, q]) => {
        const fromNats = perplexity(crossEntropy(p, q), 'nats');
        const fromBits = perplexity(crossEntropy(p, q, 'bits'), 'bits');
        // Cross-entropies reach ~700 nats here (q down to 1e-300), where exp amplifies the last
        // ulp of the exponent 700-fold: allow 1e-12 relative.
        return fromNats === fromBits || Math.abs(fromNats - fromBits) <= 1e-12 * fromNats;
      }),
      { numRuns: RUNS },
    );
  });
});
