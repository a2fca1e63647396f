import { describe, expect, it } from 'vitest';
import { forwardKl, reverseKl } from '../../metrics';
import { descentPath } from './animate';
import { bestForward, bestReverseNear } from './optimum';
import { defaultKLState } from './state';

const p = defaultKLState.p;

describe('best fits for the default P', () => {
  it('forward: the moment match, mu 0 and sigma sqrt(0.7^2 + 2.2^2)', () => {
    const q = bestForward(p);
    expect(q.mu).toBeCloseTo(0, 12);
    expect(q.sigma).toBeCloseTo(Math.hypot(0.7, 2.2), 12);
  });

  it('reverse: the mode nearer Q, with the mirror optimum and the broad local minimum noted', () => {
    const right = bestReverseNear(p, { mu: 0.5, sigma: 1.5 })!;
    expect(right.target.mu).toBeCloseTo(2.1933, 3);
    expect(right.target.sigma).toBeCloseTo(0.7104, 3);
    expect(right.mirrors.map((m) => m.mu)).toEqual([expect.closeTo(-2.1933, 3)]);
    expect(right.local.map((m) => m.sigma)).toEqual([expect.closeTo(1.9924, 3)]);
    expect(bestReverseNear(p, { mu: -0.5, sigma: 3 })!.target.mu).toBeCloseTo(-2.1933, 3);
  });
});

describe('"Descend" in the explorer', () => {
  it('in reverse from (0.5, 1.5), stops at the broad local minimum, not on a bump', () => {
    const q = [...descentPath((g) => reverseKl(p, g), { mu: 0.5, sigma: 1.5 })].at(-1)!;
    expect(q.mu).toBeCloseTo(0, 2);
    expect(q.sigma).toBeCloseTo(1.9924, 2);
  });

  it('stays on the sliders: a start at the edge of the mean range never leaves it', () => {
    const path = [...descentPath((g) => forwardKl(p, g), { mu: 6, sigma: 5 })];
    expect(path.length).toBeGreaterThan(5);
    for (const q of path) {
      expect(q.mu).toBeLessThanOrEqual(6);
      expect(q.sigma).toBeLessThanOrEqual(5);
    }
  });
});
