import { describe, expect, it } from 'vitest';
import {
  bestForwardFit,
  bestReverseFits,
  descend,
  forwardKl,
  gaussianKl,
  klDivergence,
  reverseDescentEdge,
  reverseKl,
} from './index';
import type { Gaussian } from './types';

/** Claims lessons 3 and 4 make in words, checked against the numbers they rest on. */

describe('lesson 3: a striking asymmetry', () => {
  it('a fair coin against (0.99, 0.01): 2.329 bits one way, 0.919 the other', () => {
    // By hand: 0.5 log2(0.5/0.99) + 0.5 log2(50) = -0.4928 + 2.8219; 0.99 log2(1.98) + 0.01 log2(0.02).
    expect(klDivergence([0.5, 0.5], [0.99, 0.01], 'bits')).toBeCloseTo(2.3292, 4);
    expect(klDivergence([0.99, 0.01], [0.5, 0.5], 'bits')).toBeCloseTo(0.9192, 4);
  });

  it('tails is what Q finds surprising: -log2 0.01 = 6.644 bits against 1 bit under P', () => {
    expect(-Math.log2(0.01)).toBeCloseTo(6.6439, 4);
  });
});

describe('lesson 4: the guided reverse descents', () => {
  const P = [
    { weight: 0.5, mu: -2.2, sigma: 0.7 },
    { weight: 0.5, mu: 2.2, sigma: 0.7 },
  ];
  const f = (q: Gaussian) => reverseKl(P, q);
  // The explorer's slider ranges bound its descents.
  const bounds = { mu: { min: -6, max: 6 }, sigma: { min: 0.2, max: 5 } };
  const [best, , local] = bestReverseFits(P);

  it('the forward optimum is the moment match, at 0.503 nats', () => {
    expect(forwardKl(P, bestForwardFit(P))).toBeCloseTo(0.5026, 4);
  });

  it('from mean 1, sd 1.5 a descent stalls at the centred local minimum (sd 1.99, 0.963 nats)', () => {
    const end = descend(f, { mu: 1, sigma: 1.5 }, bounds).q;
    expect(local!.sigma).toBeCloseTo(1.99, 2);
    expect(f(end)).toBeCloseTo(0.9626, 3);
    expect(Math.abs(end.mu)).toBeLessThan(0.01);
  });

  it('from mean 2, sd 1.5 it reaches the right bump at 0.691 nats', () => {
    const end = descend(f, { mu: 2, sigma: 1.5 }, bounds).q;
    expect(f(end)).toBeCloseTo(best!.kl, 5);
    expect(best!.kl).toBeCloseTo(0.6905, 4);
    expect(end.mu).toBeCloseTo(2.193, 2);
  });

  it('the boundary between the two starts lies between them', () => {
    const edge = reverseDescentEdge(P, 1.5)!;
    expect(edge).toBeGreaterThan(1);
    expect(edge).toBeLessThan(2);
  });
});

describe('lesson 4: the closed-form worked example', () => {
  it('D(N(1, 1) || N(0, 4)) = ln 2 - 1/4 and D(N(0, 4) || N(1, 1)) = 2 - ln 2', () => {
    const narrow = { mu: 1, sigma: 1 };
    const wide = { mu: 0, sigma: 2 };
    expect(gaussianKl(narrow, wide)).toBeCloseTo(Math.LN2 - 0.25, 12);
    expect(gaussianKl(wide, narrow)).toBeCloseTo(2 - Math.LN2, 12);
    // The explorer integrates numerically; with a one-component P it agrees.
    expect(forwardKl([{ weight: 1, ...narrow }], wide)).toBeCloseTo(Math.LN2 - 0.25, 8);
    expect(reverseKl([{ weight: 1, ...narrow }], wide)).toBeCloseTo(2 - Math.LN2, 8);
  });
});
