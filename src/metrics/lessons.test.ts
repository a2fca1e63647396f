import { describe, expect, it } from 'vitest';
import {
  bestForwardFit,
  crossEntropy,
  entropy,
  forwardKl,
  informationGain,
  klDivergence,
  mixWithUniform,
  normalize,
  perplexity,
  reverseKl,
} from './index';

/**
 * Numbers the lessons quote, checked through the public API to the digits they print.
 * References are the hand-computed values from the lesson texts (e.g. H(0.99, 0.01) =
 * -(0.99 log2 0.99 + 0.01 log2 0.01) = 0.0808 bits).
 */
const P = [
  { weight: 0.5, mu: -2.2, sigma: 0.7 },
  { weight: 0.5, mu: 2.2, sigma: 0.7 },
];

const facts: [string, () => number, number, number][] = [
  // statement, computation, quoted value, decimals quoted
  ['fair coin H = 1 bit', () => entropy([0.5, 0.5], 'bits'), 1, 6],
  ['fair coin H = 0.693147 nats', () => entropy([0.5, 0.5]), 0.693147, 6],
  ['H(0.99, 0.01) = 0.0808 bits', () => entropy([0.99, 0.01], 'bits'), 0.0808, 4],
  ['H(0.99, 0.01) = 0.0560 nats', () => entropy([0.99, 0.01], 'nats'), 0.056, 4],
  [
    'H(fair, (0.9, 0.1)) = 1.737 bits',
    () => crossEntropy([0.5, 0.5], [0.9, 0.1], 'bits'),
    1.737,
    3,
  ],
  [
    'D(fair || (0.9, 0.1)) = 0.737 bits',
    () => klDivergence([0.5, 0.5], [0.9, 0.1], 'bits'),
    0.737,
    3,
  ],
  [
    'one-hot vs (0.7, 0.2, 0.1): 0.357 nats',
    () => crossEntropy([1, 0, 0], [0.7, 0.2, 0.1]),
    0.357,
    3,
  ],
  ['perplexity(2.3 nats) = 9.974', () => perplexity(2.3, 'nats'), 9.974, 3],
  [
    'gain of [6, 4] -> [4, 1] | [2, 3] = 0.1245 bits',
    () =>
      informationGain(
        [6, 4],
        [
          [4, 1],
          [2, 3],
        ],
        'bits',
      ),
    0.1245,
    4,
  ],
  ['H(parent [6, 4]) = 0.971 bits', () => entropy(normalize([6, 4]), 'bits'), 0.971, 3],
  ['forward fit of the default P: mu = 0', () => bestForwardFit(P).mu, 0, 12],
  ['forward fit of the default P: sigma = 2.3087', () => bestForwardFit(P).sigma, 2.3087, 4],
  ['D(P || N(0, 1.5^2)) = 0.7558 nats', () => forwardKl(P, { mu: 0, sigma: 1.5 }), 0.7558, 4],
  ['D(N(0, 1.5^2) || P) = 1.2438 nats', () => reverseKl(P, { mu: 0, sigma: 1.5 }), 1.2438, 4],
];

describe('numbers quoted in the lessons', () => {
  it.each(facts)('%s', (_, compute, quoted, decimals) => {
    expect(compute()).toBeCloseTo(quoted, decimals);
  });

  it('forward fit sigma is exactly sqrt(0.7^2 + 2.2^2)', () => {
    expect(bestForwardFit(P).sigma).toBeCloseTo(Math.sqrt(0.7 ** 2 + 2.2 ** 2), 14);
  });

  it('log2 t <= t - 1 fails (t = 1.5), so lesson 3 proves D >= 0 with ln t <= t - 1', () => {
    expect(Math.log2(1.5)).toBeGreaterThan(1.5 - 1);
    for (const t of [0.01, 0.5, 1, 1.5, 10]) expect(Math.log(t)).toBeLessThanOrEqual(t - 1);
  });
});

describe('lesson 3: smoothing the model and label smoothing are different remedies', () => {
  const eps = 0.1;
  const target = [1, 0, 0];
  const model = [0.9, 0.1, 0];

  it('smoothing the model Q makes D(P||Q) finite at once', () => {
    expect(klDivergence([0.5, 0.3, 0.2], model)).toBe(Infinity);
    expect(
      Number.isFinite(klDivergence([0.5, 0.3, 0.2], Array.from(mixWithUniform(model, eps)))),
    ).toBe(true);
  });

  it('label smoothing (of the target) leaves a model with a zero infinitely far', () => {
    // One-hot: the zero of Q sits where P has no mass, so D is finite; smoothed, it is not.
    expect(Number.isFinite(klDivergence(target, model))).toBe(true);
    expect(klDivergence(Array.from(mixWithUniform(target, eps)), model)).toBe(Infinity);
  });

  it('the best Q for a smoothed target is the target: at least eps/n on every class, loss below ln(n/eps)', () => {
    const smoothed = Array.from(mixWithUniform(target, eps));
    expect(Math.min(...smoothed)).toBeCloseTo(eps / 3, 15);
    // Gibbs: H(P', Q) is smallest at Q = P'; any other Q costs more.
    for (const q of [target.map((x) => (x + 0.01) / 1.03), [0.8, 0.1, 0.1], [0.95, 0.04, 0.01]]) {
      expect(crossEntropy(smoothed, q)).toBeGreaterThan(crossEntropy(smoothed, smoothed));
    }
    expect(-Math.log(Math.min(...smoothed))).toBeCloseTo(Math.log(3 / eps), 12);
  });
});

describe('lesson 3: samples from P estimate H(P,Q), not D(P||Q)', () => {
  it('the average of -log q over samples of P approaches the cross-entropy', () => {
    const p = [0.7, 0.2, 0.1];
    const q = [0.5, 0.3, 0.2];
    // A fixed low-discrepancy stream of uniforms (i + 0.5) / n, mapped through P's CDF.
    const n = 100_000;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const u = (i + 0.5) / n;
      const x = u < 0.7 ? 0 : u < 0.9 ? 1 : 2;
      total += -Math.log(q[x]!);
    }
    expect(total / n).toBeCloseTo(crossEntropy(p, q), 4);
    expect(Math.abs(total / n - klDivergence(p, q))).toBeGreaterThan(0.5);
  });
});
