import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeNumeric } from './grading';
import { computeQuantity, swapRoles, type QuantityParams } from './quantities';
import { questionKey } from './question-key';
import { drawGaussians, seededRandom } from './seeded';
import { detectSlip } from './slips';
import { drawParams, givenNumbers } from './variant';
import { workedSolution } from './worked-solution';

// Lesson 4's "gaussian-kl": P = N(-1, 0.5²), Q = N(0.5, 1.5²). By hand, nats:
// ln(1.5/0.5) = 1.09861, (0.25 + 2.25)/(2 · 2.25) = 0.55556, minus 0.5: 1.15417.
const fixed: QuantityParams = {
  of: 'gaussianKl',
  p: [],
  gaussians: { p: { mu: -1, sigma: 0.5 }, q: { mu: 0.5, sigma: 1.5 } },
  unit: 'nats',
};

describe('the closed-form Gaussian KL as a numeric question', () => {
  it('computes the key from src/metrics and works the three terms, true as printed', () => {
    expect(computeQuantity(fixed)).toBeCloseTo(1.15417, 5);
    const { tex } = workedSolution(fixed);
    expect(tex).toContain('\\ln \\frac{1.5}{0.5} + \\frac{0.5^2 + (-1 - 0.5)^2}{2 \\cdot 1.5^2}');
    expect(tex).toContain('1.09861 + 0.55556 - 0.50000 = 1.15417 \\approx 1.154\\text{ nats}');
  });

  it('in bits, says the terms were divided by ln 2', () => {
    const bits = { ...fixed, unit: 'bits' as const };
    expect(computeQuantity(bits)).toBeCloseTo(1.15417 / Math.LN2, 4);
    expect(workedSolution(bits).tex).toContain('divided by } \\ln 2');
  });

  it('grades the key right and names the swapped direction as a slip', () => {
    const { key } = questionKey(fixed);
    expect(gradeNumeric('1.154', key).result).toBe('correct');
    // D(Q‖P) = ln(1/3) + (2.25 + 2.25)/(2 · 0.25) - 0.5 = 7.40139 nats.
    const reverse = computeQuantity(swapRoles(fixed));
    expect(reverse).toBeCloseTo(7.40139, 5);
    expect(detectSlip(Number(reverse.toFixed(3)), fixed, key)).toBe('reverse-kl');
  });

  it('states its Gaussians with true minus signs', () => {
    expect(givenNumbers(fixed)).toBe('P = N(mean −1, sd 0.5), Q = N(mean 0.5, sd 1.5)');
  });
});

describe('seeded Gaussian pairs', () => {
  it('are two different Gaussians on a half-unit grid the explorer’s sliders reach', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const { p, q } = drawGaussians(seededRandom(seed));
        for (const g of [p, q]) {
          expect(g.mu * 2).toBe(Math.round(g.mu * 2));
          expect(g.sigma * 2).toBe(Math.round(g.sigma * 2));
          expect(Math.abs(g.mu)).toBeLessThanOrEqual(2);
          expect(g.sigma).toBeGreaterThanOrEqual(0.5);
          expect(g.sigma).toBeLessThanOrEqual(2.5);
        }
        expect(p.mu === q.mu && p.sigma === q.sigma).toBe(false);
      }),
    );
  });

  it('drawParams keeps the question’s kind and unit, and the same seed draws the same pair', () => {
    const a = drawParams(fixed, seededRandom(5));
    expect(a).toMatchObject({ of: 'gaussianKl', unit: 'nats' });
    expect(a.gaussians).toEqual(drawParams(fixed, seededRandom(5)).gaussians);
    expect(Number.isFinite(computeQuantity(a))).toBe(true);
  });

  it('drawParams draws P and Q in the declared shape for discrete questions', () => {
    const declared: QuantityParams = {
      of: 'klDivergence',
      p: [0.5, 0.3, 0.2],
      q: [0.2, 0.5, 0.3],
      unit: 'bits',
    };
    const drawn = drawParams(declared, seededRandom(9));
    expect(drawn.p).toHaveLength(3);
    expect(drawn.q).toHaveLength(3);
    const entropyOnly = drawParams({ of: 'entropy', p: [0.5, 0.5], unit: 'bits' }, seededRandom(9));
    expect(entropyOnly.q).toBeUndefined();
  });
});
