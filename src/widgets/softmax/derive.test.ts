import { describe, expect, it } from 'vitest';
import { softmaxMetrics } from './derive';
import { defaultSoftmaxState, softmaxStateFromProps } from './state';

// References: mpmath 1.3 at 40 digits, log-softmax by log-sum-exp.
describe('softmaxMetrics', () => {
  it('the default state: loss 0.41703 nats, H(Q) 0.84674, perplexity 1.51745', () => {
    const m = softmaxMetrics(defaultSoftmaxState);
    expect(m.crossEntropy).toBeCloseTo(0.4170300162778335, 14);
    expect(m.entropy).toBeCloseTo(0.8467381787602519, 14);
    expect(m.perplexity).toBeCloseTo(1.5174480603940774, 13);
    expect(m.klDivergence).toBeUndefined();
  });

  it('every readout stays finite at the extremes: logits ±8, T = 0.1, ten classes', () => {
    for (const target of [0, 9]) {
      const logits = [8, -8, -8, -8, -8, -8, -8, -8, -8, -8];
      const state = { ...defaultSoftmaxState, logits, labels: logits.map(String), target };
      const m = softmaxMetrics({ ...state, temperature: 0.1, teacher: logits.toReversed() });
      for (const x of [m.crossEntropy, m.entropy, m.perplexity, m.klDivergence!]) {
        expect(Number.isFinite(x)).toBe(true);
      }
      // Wrong: 160 nats exactly; right: log(1 + 9 e^-160) = 9 x 3.2575e-70.
      if (target === 9) expect(m.crossEntropy).toBe(160);
      else expect(m.crossEntropy).toBeCloseTo(9 * Math.exp(-160), 80);
      // Teacher and student certain of different classes: the KL is 160 nats too, and the
      // distillation loss T^2 D = 0.01 x 160.
      expect(m.klDivergence).toBe(160);
      expect(m.scaledKl).toBeCloseTo(1.6, 14);
    }
  });

  it('label smoothing and bits: (0.9 + 0.1/3, 0.1/3, 0.1/3) against softmax(2, 1, 0.1)', () => {
    const m = softmaxMetrics({ ...defaultSoftmaxState, epsilon: 0.1, unit: 'bits' });
    expect(m.crossEntropy).toBeCloseTo(0.5136966829445001 / Math.LN2, 13);
    expect(m.target[1]).toBeCloseTo(0.1 / 3, 15);
  });
});

describe('softmaxStateFromProps', () => {
  it('names the prop an author got wrong', () => {
    expect(() => softmaxStateFromProps({ logits: [1] })).toThrow(/logits must have 2 to 10/);
    expect(() => softmaxStateFromProps({ logits: [9, 0] })).toThrow(/from -8 to 8/);
    expect(() => softmaxStateFromProps({ target: 3 })).toThrow(/target must be a class index/);
    expect(() => softmaxStateFromProps({ temperature: 0 })).toThrow(/temperature/);
    expect(() => softmaxStateFromProps({ epsilon: 0.5 })).toThrow(/epsilon/);
    expect(() => softmaxStateFromProps({ teacher: [1, 2] })).toThrow(/teacher has 2 logits/);
    expect(() => softmaxStateFromProps({ labels: ['a'] })).toThrow(/1 labels for 3 classes/);
  });
});
