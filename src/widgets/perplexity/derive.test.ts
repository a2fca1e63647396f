import { describe, expect, it } from 'vitest';
import { tokenLossMetrics } from './derive';

describe('tokenLossMetrics', () => {
  it('the example sentence: mean of -ln q, its perplexity, and the costliest token', () => {
    // mpmath: mean(-ln 0.5, -ln 0.25, -ln 0.8) = 0.76752836433134854, e^that = 2.1544346900318837
    // (the cube root of 1 / (0.5 x 0.25 x 0.8) = 10).
    const m = tokenLossMetrics({
      tokens: ['the', 'cat', 'sat'],
      q: [0.5, 0.25, 0.8],
      unit: 'nats',
    });
    expect(m.meanLoss).toBeCloseTo(0.7675283643313485, 14);
    expect(m.perplexity).toBeCloseTo(Math.cbrt(10), 13);
    expect(m.costliest).toBe(1);
    expect(m.losses[1]).toBeCloseTo(Math.log(4), 15);
  });

  it('in bits the mean changes and the perplexity does not', () => {
    const m = tokenLossMetrics({ tokens: ['a', 'b'], q: [0.5, 0.25], unit: 'bits' });
    expect(m.meanLoss).toBeCloseTo(1.5, 14);
    expect(m.perplexity).toBeCloseTo(2 ** 1.5, 13);
  });
});
