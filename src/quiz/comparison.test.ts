import { describe, expect, it } from 'vitest';
import { compareSides, comparisonSolution, sideSymbol, swapSymbols } from './comparison';
import type { QuantityParams } from './quantities';

const directions = {
  left: { of: 'klDivergence' as const },
  right: { of: 'klDivergence' as const, swap: true },
};
const coins: QuantityParams = { of: 'klDivergence', p: [0.5, 0.5], q: [0.99, 0.01], unit: 'bits' };

describe('comparing two quantities of one question', () => {
  it('D(P‖Q) against D(Q‖P): 2.329 bits against 0.919 bits for a fair coin and (0.99, 0.01)', () => {
    // By hand: 0.5 log2(0.5/0.99) + 0.5 log2(0.5/0.01) = 2.3292; 0.99 log2(1.98) + 0.01 log2(0.02) = 0.9192.
    const { outcome, left, right } = compareSides(coins, directions);
    expect(left).toBeCloseTo(2.3292, 4);
    expect(right).toBeCloseTo(0.9192, 4);
    expect(outcome).toBe('left');
    expect(compareSides({ ...coins, p: coins.q!, q: coins.p }, directions).outcome).toBe('right');
  });

  it('mirror-image pairs are equal, and values alike at the shown decimals count as equal', () => {
    const mirror = { ...coins, p: [0.8, 0.2], q: [0.2, 0.8] };
    expect(compareSides(mirror, directions).outcome).toBe('equal');
    // 0.2789 against 0.2685 bits: different at 3 decimals, alike at 1.
    const close = { ...coins, p: [0.6, 0.3, 0.1], q: [0.3, 0.5, 0.2] };
    expect(compareSides(close, directions).outcome).toBe('left');
    expect(compareSides(close, directions, 1).outcome).toBe('equal');
  });

  it('an infinite side is the larger', () => {
    const zero = { ...coins, p: [0.5, 0.5], q: [1, 0] };
    expect(compareSides(zero, directions)).toMatchObject({ outcome: 'left', left: Infinity });
  });

  it('compares the closed-form Gaussian KL in both directions', () => {
    // D(N(1,1)‖N(0,4)) = ln 2 + 2/8 - 1/2 = 0.4431; D(N(0,4)‖N(1,1)) = -ln 2 + 5/2 - 1/2 = 1.3069 nats.
    const g: QuantityParams = {
      of: 'gaussianKl',
      p: [],
      gaussians: { p: { mu: 1, sigma: 1 }, q: { mu: 0, sigma: 2 } },
      unit: 'nats',
    };
    const pair = {
      left: { of: 'gaussianKl' as const },
      right: { of: 'gaussianKl' as const, swap: true },
    };
    expect(compareSides(g, pair)).toMatchObject({ outcome: 'right' });
    expect(compareSides(g, pair).left).toBeCloseTo(Math.log(2) - 0.25, 12);
    expect(compareSides(g, pair).right).toBeCloseTo(2 - Math.log(2), 12);
  });

  it('names the swapped side with P and Q exchanged', () => {
    expect(sideSymbol(directions.left)).toBe('D(P‖Q)');
    expect(sideSymbol(directions.right)).toBe('D(Q‖P)');
    expect(swapSymbols('D(P\\|Q) &= \\sum_x p(x) \\log_2 \\frac{p(x)}{q(x)} = H(P,Q) - H(P)')).toBe(
      'D(Q\\|P) &= \\sum_x q(x) \\log_2 \\frac{q(x)}{p(x)} = H(Q,P) - H(Q)',
    );
  });

  it('the worked solution works out both sides and states the verdict with their values', () => {
    const solution = comparisonSolution(coins, directions);
    expect(solution.outcome).toBe('left');
    expect(solution.steps).toHaveLength(2);
    expect(solution.steps[0]).toContain('D(P\\|Q)');
    expect(solution.steps[1]).toContain('D(Q\\|P)');
    // The swapped side substitutes Q's numbers as the weights: 0.99 first.
    expect(solution.steps[1]).toContain('0.99 \\log_2 \\frac{0.99}{0.5}');
    expect(solution.verdict).toBe(
      'D(P‖Q) = 2.329 bits and D(Q‖P) = 0.919 bits, so D(P‖Q) is the larger.',
    );
  });
});
