import { describe, expect, it } from 'vitest';
import './matchers';
import { crossEntropy, entropy, jsDivergence, klDivergence, klFromEntropies } from './discrete';
import { generatedDistribution } from './discrete.fixtures';

/**
 * Reference values: mpmath 1.3 at 40 significant digits from the exact values of the double inputs
 * (mpf(x) is exact): H = -sum p log p, H(P,Q) = -sum p log q, D = sum p (log p - log q) and
 * JS = (sum p log(p/m) + sum q log(q/m)) / 2 with m = (p + q) / 2 in exact arithmetic, all over
 * the outcomes with p > 0 (resp. q > 0). Values are in nats.
 */
type Case = [string, number[], number[], number, number, number, number];
const cases: Case[] = [
  // name, p, q, H(P), H(P,Q), D(P||Q), JS(P,Q)
  [
    'fair coin vs (0.9, 0.1)',
    [0.5, 0.5],
    [0.9, 0.1],
    0.6931471805599453,
    1.203972804325936,
    0.5108256237659906,
    0.10174922507919669,
  ],
  [
    'skewed coin vs fair',
    [0.99, 0.01],
    [0.5, 0.5],
    0.05600153435484735,
    0.6931471805599453,
    0.637145646205098,
    0.19318747481657023,
  ],
  [
    'one-hot vs softmax output',
    [1, 0, 0],
    [0.7, 0.2, 0.1],
    0,
    0.35667494393873245,
    0.35667494393873245,
    0.11727693677854414,
  ],
  [
    'three outcomes',
    [0.2, 0.3, 0.5],
    [0.1, 0.6, 0.3],
    1.0296530140645734,
    1.2157511078915744,
    0.18609809382700085,
    0.046613384319864795,
  ],
  [
    'zeros in p and q',
    [0, 0.25, 0.75, 0],
    [0.5, 0.25, 0.25, 0],
    0.5623351446188084,
    1.3862943611198906,
    0.8239592165010823,
    0.23869281311055482,
  ],
  [
    'p down to 1e-300',
    [1e-300, 1],
    [0.5, 0.5],
    6.9077552789821376e-298,
    0.6931471805599453,
    0.6931471805599453,
    0.2157615543388357,
  ],
  [
    'q down to 1e-300',
    [0.5, 0.5],
    [1e-300, 1],
    0.6931471805599453,
    345.38776394910684,
    344.6946167685469,
    0.2157615543388357,
  ],
  [
    'subnormal q',
    [0.5, 0.5],
    [5e-324, 1],
    0.6931471805599453,
    372.2200359606906,
    371.52688878013066,
    0.2157615543388357,
  ],
  [
    'nearly equal',
    [0.25, 0.75],
    [0.25 + 2 ** -30, 0.75 - 2 ** -30],
    0.5623351446188084,
    0.5623351446188084,
    2.3129646308062028e-18,
    5.78241157940897e-19,
  ],
  [
    'nearly equal in the tail',
    [0.5, 0.25, 0.125, 0.125],
    [0.5, 0.25, 0.125 + 2 ** -40, 0.125 - 2 ** -40],
    1.2130075659799042,
    1.2130075659799042,
    6.6174449004242214e-24,
    1.6543612251060553e-24,
  ],
  [
    // Non-dyadic: neither vector sums to exactly 1 in doubles (both are 1 - 2.8e-17).
    'nearly equal, inexact doubles',
    [0.1, 0.2, 0.7],
    [0.10000010000000001, 0.1999997, 0.7000002],
    0.8018185525433373,
    0.8018185525436409,
    3.0357161481365644e-13,
    7.58928920643544e-14,
  ],
  [
    'disjoint supports',
    [0.5, 0.5, 0, 0],
    [0, 0, 0.5, 0.5],
    0.6931471805599453,
    Infinity,
    Infinity,
    0.6931471805599453,
  ],
  [
    'q misses an outcome of p',
    [0.5, 0.5],
    [1, 0],
    0.6931471805599453,
    Infinity,
    Infinity,
    0.2157615543388357,
  ],
];

describe.each(cases)('%s', (_, p, q, h, ce, kl, js) => {
  it('matches the mpmath references to 1e-12 relative', () => {
    expect(entropy(p)).toBeRelativelyClose(h, 1e-12);
    expect(crossEntropy(p, q)).toBeRelativelyClose(ce, 1e-12);
    expect(klDivergence(p, q)).toBeRelativelyClose(kl, 1e-12);
    expect(jsDivergence(p, q)).toBeRelativelyClose(js, 1e-12);
  });

  it('gives the same numbers for Float64Array inputs', () => {
    const [fp, fq] = [Float64Array.from(p), Float64Array.from(q)];
    expect(entropy(fp)).toBe(entropy(p));
    expect(crossEntropy(fp, fq)).toBe(crossEntropy(p, q));
    expect(klDivergence(fp, fq)).toBe(klDivergence(p, q));
    expect(jsDivergence(fp, fq)).toBe(jsDivergence(p, q));
  });

  it('converts to bits by dividing by ln 2', () => {
    expect(entropy(p, 'bits')).toBeRelativelyClose(h / Math.LN2, 1e-12);
    expect(crossEntropy(p, q, 'bits')).toBeRelativelyClose(ce / Math.LN2, 1e-12);
    expect(klDivergence(p, q, 'bits')).toBeRelativelyClose(kl / Math.LN2, 1e-12);
    expect(jsDivergence(p, q, 'bits')).toBeRelativelyClose(js / Math.LN2, 1e-12);
  });
});

describe('conventions', () => {
  it('takes 0 log 0 = 0: outcomes with p = 0 contribute nothing, even where q = 0', () => {
    expect(entropy([0, 1])).toBe(0);
    expect(crossEntropy([0, 1], [0, 1])).toBe(0);
    expect(crossEntropy([0, 0.5, 0.5], [0, 0.5, 0.5])).toBe(Math.LN2);
    expect(klDivergence([0, 0.5, 0.5], [0, 0.25, 0.75])).toBeRelativelyClose(
      0.14384103622589045, // mpmath: (log(2) + log(2/3)) / 2
      1e-15,
    );
    expect(jsDivergence([0, 1], [0, 1])).toBe(0);
  });

  it('returns Infinity, not NaN, when q = 0 where p > 0', () => {
    expect(crossEntropy([0.2, 0.8], [0, 1])).toBe(Infinity);
    expect(klDivergence([0.2, 0.8], [0, 1], 'bits')).toBe(Infinity);
    // The Infinity must not leak NaN through the compensated sum, wherever it occurs.
    expect(klDivergence([0.5, 0.25, 0.25], [0.5, 0.5, 0])).toBe(Infinity);
  });

  it('is exactly 0 for identical distributions', () => {
    const p = [0.1, 0.2, 0.3, 0.4];
    expect(klDivergence(p, p)).toBe(0);
    expect(jsDivergence(p, p)).toBe(0);
    expect(crossEntropy(p, p)).toBe(entropy(p));
  });

  it('clamps D to 0 when rounding in the inputs would make it negative', () => {
    // These doubles sum to 1 - 5.6e-17 and 1, so the exact sum p log(p/q) is -5.3e-17 (mpmath).
    expect(klDivergence([0.3, 0.7], [0.3 + 1e-9, 0.7 - 1e-9])).toBe(0);
  });

  it('never returns NaN for subnormal probabilities', () => {
    // Found by the property tests: m = (5e-324 + 0) / 2 rounds to 0, which once gave log(p / 0).
    const p = [0, 0.7499999999978503, 0, 2.1499468871866152e-12, 5e-324, 0.24999999999999967];
    const q = [0.5, 0, 0, 0, 0, 0.5];
    expect(jsDivergence(p, q)).toBeGreaterThan(0);
    expect(jsDivergence(q, p)).toBe(jsDivergence(p, q));
    expect(klDivergence(p, q)).toBe(Infinity);
    expect(entropy(p)).toBeGreaterThan(0);
  });

  it('keeps JS within [0, ln 2] for disjoint supports whose sums round above 1', () => {
    const p = [0.1, 0.2, 0.7, 0, 0, 0];
    const q = [0, 0, 0, 0.3, 0.3, 0.4];
    expect(jsDivergence(p, q)).toBeLessThanOrEqual(Math.LN2);
    expect(jsDivergence(p, q, 'bits')).toBeRelativelyClose(1, 1e-15);
  });
});

describe('many outcomes', () => {
  // The same doubles built in Python (discrete.fixtures.ts; integer totals are exact and IEEE
  // division is correctly rounded in both languages), then mpmath as above.
  it('n = 1000: relative error <= 1e-12', () => {
    const p = generatedDistribution(1000, 7919, 10007);
    const q = generatedDistribution(1000, 104729, 9973);
    expect(entropy(p)).toBeRelativelyClose(6.714602612602225, 1e-12);
    expect(crossEntropy(p, q)).toBeRelativelyClose(7.262077544024244, 1e-12);
    expect(klDivergence(p, q)).toBeRelativelyClose(0.5474749314220184, 1e-12);
    expect(jsDivergence(p, q)).toBeRelativelyClose(0.10865552032060055, 1e-12);
  });

  it('n = 10^6: relative error <= 1e-10', () => {
    const p = generatedDistribution(1_000_000, 7919, 10007);
    const q = generatedDistribution(1_000_000, 104729, 9973);
    expect(entropy(p)).toBeRelativelyClose(13.62241394529068, 1e-10);
    expect(crossEntropy(p, q)).toBeRelativelyClose(14.12194394124011, 1e-10);
    expect(klDivergence(p, q)).toBeRelativelyClose(0.49952999594943037, 1e-10);
    expect(jsDivergence(p, q)).toBeRelativelyClose(0.10225928961309753, 1e-10);
  });
});

describe('klFromEntropies', () => {
  it('is the cross-entropy minus the entropy (lesson 3: 2.5 - 2.0 and 4.5 - 4.2)', () => {
    expect(klFromEntropies(2.5, 2)).toBe(0.5);
    expect(klFromEntropies(4.5, 4.2)).toBeCloseTo(0.3, 14);
    expect(klFromEntropies(Infinity, 1)).toBe(Infinity);
    // The same identity as the direct sums: H(P,Q) - H(P) = D(P||Q).
    const p = [0.9, 0.1];
    const q = [0.6, 0.4];
    expect(klFromEntropies(crossEntropy(p, q), entropy(p))).toBeCloseTo(klDivergence(p, q), 14);
  });

  it("refuses a pair that breaks Gibbs' inequality, a negative entropy and NaN", () => {
    expect(() => klFromEntropies(1, 2)).toThrow(
      /invalid crossEntropy: 1; must be at least the entropy 2/,
    );
    expect(() => klFromEntropies(1, -1)).toThrow(RangeError);
    expect(() => klFromEntropies(NaN, 1)).toThrow(RangeError);
  });
});
