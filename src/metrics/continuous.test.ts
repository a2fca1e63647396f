import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import './matchers';
import { RUNS, gaussian, singleComponent } from './arbitraries';
import { forwardKl, MixtureDivergences, reverseKl } from './continuous';
import { GRID, GRID_MIXTURES, RANDOM } from './continuous.fixtures';
import { gaussianKl } from './gaussian-kl';
import { mixturePdf } from './mixture';
import type { Components } from './continuous.fixtures';
import type { Mixture } from './types';

const toMixture = (components: Components): Mixture =>
  components.map(([weight, mu, sigma]) => ({ weight, mu, sigma }));

const P = toMixture(GRID_MIXTURES.default!);

/** The promise is 1e-6 absolute; this keeps a factor 10 in hand. */
const ABSOLUTE = 1e-7;

describe('forwardKl and reverseKl', () => {
  it('reproduce the seed values of the issue', () => {
    // mpmath (see continuous.fixtures.ts): 0.755838293824075, 1.2437763924987295
    expect(forwardKl(P, { mu: 0, sigma: 1.5 })).toBeCloseTo(0.7558, 4);
    expect(reverseKl(P, { mu: 0, sigma: 1.5 })).toBeCloseTo(1.2438, 4);
    expect(forwardKl(P, { mu: 0, sigma: 1.5 })).toBeRelativelyClose(0.755838293824075, 1e-10);
    expect(reverseKl(P, { mu: 0, sigma: 1.5 })).toBeRelativelyClose(1.2437763924987295, 1e-10);
  });

  it.each(GRID)('%s P, Q = N(%s, %s^2)', (name, mu, sigma, forward, reverse) => {
    const p = toMixture(GRID_MIXTURES[name]!);
    expect(Math.abs(forwardKl(p, { mu, sigma }) - forward)).toBeLessThan(ABSOLUTE);
    expect(Math.abs(reverseKl(p, { mu, sigma }) - reverse)).toBeLessThan(ABSOLUTE);
  });

  it('match mpmath on 162 random and hand-picked hard cases', () => {
    for (const [components, [mu, sigma], forward, reverse] of RANDOM) {
      const p = toMixture(components);
      expect(Math.abs(forwardKl(p, { mu, sigma }) - forward)).toBeLessThan(ABSOLUTE);
      expect(Math.abs(reverseKl(p, { mu, sigma }) - reverse)).toBeLessThan(ABSOLUTE);
    }
  });

  it('stay finite where the naive densities underflow to 0', () => {
    const q = { mu: 10, sigma: 0.05 };
    // Over all of Q's mass p(x) < 1e-25, so log(mixturePdf) would be -Infinity soon after.
    expect(mixturePdf(10, P)).toBeLessThan(1e-25);
    expect(mixturePdf(40, P)).toBe(0);
    expect(Number.isFinite(reverseKl(P, q))).toBe(true);
    expect(Number.isFinite(forwardKl(P, q))).toBe(true);
  });

  it('report bits as nats / ln 2', () => {
    const q = { mu: 1, sigma: 2 };
    expect(forwardKl(P, q, 'bits')).toBeRelativelyClose(forwardKl(P, q) / Math.LN2, 1e-15);
    expect(reverseKl(P, q, 'bits')).toBeRelativelyClose(reverseKl(P, q) / Math.LN2, 1e-15);
  });

  it('are unchanged by mirroring P and Q together, and by zero-weight components', () => {
    const mirrored = P.map((c) => ({ ...c, mu: -c.mu })).reverse();
    const q = { mu: 0.8, sigma: 1.1 };
    const qMirrored = { mu: -0.8, sigma: 1.1 };
    expect(Math.abs(forwardKl(mirrored, qMirrored) - forwardKl(P, q))).toBeLessThan(1e-10);
    expect(Math.abs(reverseKl(mirrored, qMirrored) - reverseKl(P, q))).toBeLessThan(1e-10);
    const padded = [...P, { weight: 0, mu: 5, sigma: 0.1 }];
    expect(forwardKl(padded, q)).toBe(forwardKl(P, q));
    expect(reverseKl(padded, q)).toBe(reverseKl(P, q));
  });
});

describe('MixtureDivergences (one P, many Q: the landscape)', () => {
  it('matches mpmath on the grid with one P prepared once for all its Qs', () => {
    for (const name of Object.keys(GRID_MIXTURES)) {
      const kl = new MixtureDivergences(toMixture(GRID_MIXTURES[name]!));
      for (const [, mu, sigma, forward, reverse] of GRID.filter(([n]) => n === name)) {
        expect(Math.abs(kl.forward({ mu, sigma }) - forward)).toBeLessThan(ABSOLUTE);
        expect(Math.abs(kl.reverse({ mu, sigma }) - reverse)).toBeLessThan(ABSOLUTE);
      }
    }
  });

  it('gives forwardKl and reverseKl to the last bit, whichever is asked first', () => {
    const kl = new MixtureDivergences(P);
    const qs = [
      { mu: 3, sigma: 0.4 },
      { mu: 0, sigma: 1.5 },
      { mu: -5, sigma: 4 },
    ];
    for (const q of qs) expect(kl.reverse(q)).toBe(reverseKl(P, q));
    for (const q of qs) expect(kl.forward(q)).toBe(forwardKl(P, q));
  });
});

describe('properties of the continuous KLs', () => {
  it('forwardKl and reverseKl equal the closed form when P has a single component', () => {
    fc.assert(
      fc.property(singleComponent, gaussian, (p, q) => {
        const [component] = p;
        return (
          Math.abs(forwardKl(p, q) - gaussianKl(component!, q)) <= 1e-6 &&
          Math.abs(reverseKl(p, q) - gaussianKl(q, component!)) <= 1e-6
        );
      }),
      { numRuns: RUNS },
    );
  });
});
