import { describe, expect, it } from 'vitest';
import { forwardKl, reverseKl } from './continuous';
import { descend, descentStep, reverseDescentEdge } from './descent';
import type { Gaussian, Mixture } from './types';

// The lessons' default truth: two bumps at -2.2 and 2.2, sd 0.7, equal weights.
const p: Mixture = [
  { weight: 0.5, mu: -2.2, sigma: 0.7 },
  { weight: 0.5, mu: 2.2, sigma: 0.7 },
];
const reverse = (q: Gaussian) => reverseKl(p, q);

describe('descend', () => {
  it('in reverse KL from (0.5, 1.5), stalls at the broad centred minimum (mu 0, sigma 1.99, 0.963 nats)', () => {
    const { q } = descend(reverse, { mu: 0.5, sigma: 1.5 });
    expect(q.mu).toBeCloseTo(0, 2);
    expect(q.sigma).toBeCloseTo(1.9924, 2);
    expect(reverse(q)).toBeCloseTo(0.9626, 3);
  });

  it('in reverse KL from far enough right, reaches the right bump (0.691 nats, close to ln 2)', () => {
    const { q } = descend(reverse, { mu: 2, sigma: 1.5 });
    expect(q.mu).toBeCloseTo(2.1933, 2);
    expect(q.sigma).toBeCloseTo(0.7104, 2);
    expect(reverse(q)).toBeCloseTo(0.6905, 3);
    expect(descend(reverse, { mu: -3, sigma: 0.4 }).q.mu).toBeCloseTo(-2.1933, 2);
  });

  it('in forward KL, reaches the moment match, sd sqrt(0.7^2 + 2.2^2) = 2.3094, from anywhere', () => {
    const { q } = descend((g) => forwardKl(p, g), { mu: 3, sigma: 0.5 });
    expect(q.mu).toBeCloseTo(0, 2);
    expect(q.sigma).toBeCloseTo(2.3094, 2);
  });

  it('goes downhill at every step and stays within its bounds', () => {
    const bounds = { mu: { min: -1, max: 1 }, sigma: { min: 0.2, max: 5 } };
    let q: Gaussian = { mu: 0.9, sigma: 4 };
    for (let i = 0; i < 30; i++) {
      const next = descentStep(reverse, q, bounds).q;
      expect(reverse(next)).toBeLessThanOrEqual(reverse(q));
      expect(Math.abs(next.mu)).toBeLessThanOrEqual(1);
      q = next;
    }
  });
});

describe('reverseDescentEdge', () => {
  it('from sigma 1.5 on the default P, lies between the starts 1.25 and 1.5 that a scan separates', () => {
    const edge = reverseDescentEdge(p, 1.5)!;
    expect(edge).toBeGreaterThan(1.25);
    expect(edge).toBeLessThan(1.5);
    // Just inside it a descent stalls in the middle; just outside it reaches a bump.
    expect(reverse(descend(reverse, { mu: edge - 0.01, sigma: 1.5 }).q)).toBeCloseTo(0.9626, 3);
    expect(reverse(descend(reverse, { mu: edge + 0.01, sigma: 1.5 }).q)).toBeCloseTo(0.6905, 3);
  });

  it('is undefined when no worse minimum exists (one bump, or two that overlap)', () => {
    expect(reverseDescentEdge([{ weight: 1, mu: 1, sigma: 2 }], 1)).toBeUndefined();
    expect(
      reverseDescentEdge(
        [
          { weight: 0.5, mu: -1, sigma: 1 },
          { weight: 0.5, mu: 1, sigma: 1 },
        ],
        1,
      ),
    ).toBeUndefined();
  });
});
