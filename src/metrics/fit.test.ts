import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './matchers';
import { reverseKl } from './continuous';
import { bestForwardFit, bestReverseFits } from './fit';
import type { Mixture } from './types';

const mixture = (...components: [number, number, number][]): Mixture =>
  components.map(([weight, mu, sigma]) => ({ weight, mu, sigma }));

const DEFAULT = mixture([0.5, -2.2, 0.7], [0.5, 2.2, 0.7]);

describe('bestForwardFit', () => {
  it('matches the mean and variance of P exactly', () => {
    // mpmath: sqrt(0.7^2 + 2.2^2)
    const fit = bestForwardFit(DEFAULT);
    expect(fit.mu).toBe(0);
    expect(fit.sigma).toBeRelativelyClose(2.308679276123039, 1e-15);
    // Exact rationals: mean 9/10, variance 21863/1000; mpmath: sqrt(21.863)
    const three = bestForwardFit(mixture([0.2, -6, 0.5], [0.5, 0, 1.2], [0.3, 7, 0.1]));
    expect(three.mu).toBeRelativelyClose(0.9, 1e-15);
    expect(three.sigma).toBeRelativelyClose(4.675788703523717, 1e-15);
  });

  it('returns a single component unchanged', () => {
    expect(bestForwardFit(mixture([1, -3, 0.4]))).toEqual({ mu: -3, sigma: 0.4 });
  });
});

/**
 * References: every local minimum found by scipy 1.17 Nelder–Mead (xatol 1e-10) over
 * (mu, log sigma) from a 9 x 3 grid of starts spanning P, minimising D(Q||P) computed with
 * scipy.integrate.quad (epsabs 1e-14) of q (log q - log p) over mu_q +- 12 sigma_q split at the
 * component means and crossings, log p by logsumexp; minima closer than 1e-3 merged. Sorted by
 * divergence (nats); mirror-image minima tie and may come in either order.
 */
const cases: [string, Mixture, [number, number, number][]][] = [
  [
    'default P: two mirror-image modes and one broad fit',
    DEFAULT,
    [
      [-2.193338062, 0.710418668, 0.6905194862786881],
      [2.193338062, 0.710418675, 0.6905194862786882],
      [0, 1.992360155, 0.9625780836546338],
    ],
  ],
  ['single Gaussian: itself', mixture([1, 1, 2]), [[1, 2, 0]]],
  [
    'overlapping components: one fit',
    mixture([0.7, -1, 1], [0.3, 1.5, 0.5]),
    [[-0.408695619, 1.330995974, 0.10449438588790279]],
  ],
  [
    'barely bimodal: one fit in the middle',
    mixture([0.5, -1, 1], [0.5, 1, 1]),
    [[0, 1.393732265, 0.01088786387025864]],
  ],
  [
    'three components',
    mixture([0.2, -6, 0.5], [0.5, 0, 1.2], [0.3, 7, 0.1]),
    [
      [-0.003378438, 1.206203195, 0.692448067693294],
      [6.99999997, 0.100000068, 1.2039727280742627],
      [-5.998564789, 0.502284854, 1.6085965030016076],
    ],
  ],
  [
    'narrow, far apart',
    mixture([0.3, -10, 0.1], [0.7, 10, 0.1]),
    [
      [10, 0.1, 0.3566749439387304],
      [-10, 0.1, 1.2039728043259308],
    ],
  ],
  [
    'a spike on a wide base',
    mixture([0.6, 0, 3], [0.4, 1, 0.1]),
    [
      [0.154995014, 2.777981881, 0.3603497044688285],
      [0.999438339, 0.122679614, 0.7913493706310626],
    ],
  ],
];

describe('bestReverseFits', () => {
  it.each(cases)('%s', (_, p, minima) => {
    const fits = bestReverseFits(p);
    expect(fits).toHaveLength(minima.length);
    for (const [mu, sigma, kl] of minima) {
      const match = fits.find((f) => Math.abs(f.mu - mu) <= 1e-4);
      expect(match, `no fit near mu = ${mu}`).toBeDefined();
      expect(Math.abs(match!.sigma - sigma)).toBeLessThanOrEqual(1e-4);
      expect(Math.abs(match!.kl - kl)).toBeLessThanOrEqual(1e-8);
    }
    // Global minimum first.
    for (let i = 1; i < fits.length; i++)
      expect(fits[i]!.kl).toBeGreaterThanOrEqual(fits[i - 1]!.kl);
  });

  it('finds both mirror-image optima of the default P, ahead of the broad one', () => {
    const [first, second, broad] = bestReverseFits(DEFAULT);
    expect(Math.abs(first!.mu + second!.mu)).toBeLessThan(1e-6);
    expect(Math.abs(first!.mu)).toBeCloseTo(2.1933, 4);
    expect(broad!.mu).toBeCloseTo(0, 6);
  });

  it('always returns true local minima for random mixtures of 1 to 3 components', () => {
    const component = fc.record({
      weight: fc.double({ min: 0.05, max: 1, noNaN: true }),
      mu: fc.double({ min: -10, max: 10, noNaN: true }),
      sigma: fc.double({ min: 0.1, max: 3, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(component, { minLength: 1, maxLength: 3 }), (components) => {
        const total = components.reduce((s, c) => s + c.weight, 0);
        const p = components.map((c) => ({ ...c, weight: c.weight / total }));
        const fits = bestReverseFits(p);
        // Not empty, and no step of 1e-3 in mu or sigma from any fit lowers D(Q||P).
        return (
          fits.length > 0 &&
          fits.every((f) =>
            [
              [1e-3, 0],
              [-1e-3, 0],
              [0, 1e-3],
              [0, -1e-3],
            ].every(([dm, ds]) => reverseKl(p, { mu: f.mu + dm!, sigma: f.sigma + ds! }) >= f.kl),
          )
        );
      }),
      // Each case runs several Newton descents; 300 cases take about half a second.
      { numRuns: 300 },
    );
  });
});
