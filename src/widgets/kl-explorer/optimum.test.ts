import { describe, expect, it } from 'vitest';
import { forwardKl, reverseKl, type Gaussian } from '../../metrics';
import { bestForward, bestReverseNear, descentStep } from './optimum';
import { defaultKLState } from './state';

const p = defaultKLState.p;

function descendFully(f: (q: Gaussian) => number, from: Gaussian): Gaussian {
  let q = from;
  for (let i = 0; i < 2000; i++) {
    const step = descentStep(f, q);
    q = step.q;
    if (step.done) break;
  }
  return q;
}

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

describe('descentStep', () => {
  it('reverse KL ends where it starts: right of centre goes to the right mode', () => {
    // (From (0.5, 1.5) it would settle in the broad minimum between the modes instead.)
    const f = (q: Gaussian) => reverseKl(p, q);
    const right = descendFully(f, { mu: 1.2, sigma: 1 });
    expect(right.mu).toBeCloseTo(2.1933, 2);
    expect(right.sigma).toBeCloseTo(0.7104, 2);
    const left = descendFully(f, { mu: -3, sigma: 0.4 });
    expect(left.mu).toBeCloseTo(-2.1933, 2);
  });

  it('forward KL reaches the moment match from anywhere', () => {
    const q = descendFully((g) => forwardKl(p, g), { mu: 3, sigma: 0.5 });
    expect(q.mu).toBeCloseTo(0, 2);
    expect(q.sigma).toBeCloseTo(2.3094, 2);
  });

  it('every step goes downhill', () => {
    const f = (q: Gaussian) => reverseKl(p, q);
    let q: Gaussian = { mu: 1, sigma: 4 };
    for (let i = 0; i < 20; i++) {
      const next = descentStep(f, q).q;
      expect(f(next)).toBeLessThanOrEqual(f(q));
      q = next;
    }
  });
});
