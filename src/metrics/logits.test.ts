import { describe, expect, it } from 'vitest';
import './matchers';
import { crossEntropy, entropy, klDivergence } from './discrete';
import { crossEntropyFromLogits, entropyFromLogits, klFromLogits } from './logits';
import { softmax } from './softmax';

// References: Python's decimal module at 200 digits, log-softmax as z_i - max - ln sum exp(z_j - max).
describe('crossEntropyFromLogits', () => {
  it.each([
    // target, logits, temperature, H(P, softmax(logits / T)) in nats
    [[1, 0, 0], [2, 1, 0.1], 1, 4.17030016277833482e-1],
    [[0.95, 0.05], [3, -1], 2, 2.26928011042972499e-1],
    // A confident wrong answer at the widget's extremes: -log q = 160 nats, finite.
    [[0, 1, 0], [8, -8, -8], 0.1, 160],
    // A confident right one: log(1 + e^-160), tiny but not rounded to 0.
    [[1, 0], [8, -8], 0.1, 3.25748853220752113e-70],
  ])('H(%j, softmax(%j / %s)) = %s nats', (target, logits, temperature, expected) => {
    expect(crossEntropyFromLogits(target, logits, { temperature })).toBeRelativelyClose(
      expected,
      1e-14,
    );
  });

  it('agrees with the cross-entropy of the softmax, and converts to bits', () => {
    const logits = [0.3, -1.2, 2.5, 0];
    const target = [0.1, 0.2, 0.6, 0.1];
    expect(crossEntropyFromLogits(target, logits, { unit: 'bits' })).toBeRelativelyClose(
      crossEntropy(target, softmax(logits), 'bits'),
      1e-14,
    );
  });

  it('refuses a target of the wrong size, a non-distribution and a bad temperature', () => {
    expect(() => crossEntropyFromLogits([1, 0], [1, 2, 3])).toThrow(/length of target/);
    expect(() => crossEntropyFromLogits([0.5, 0.6], [1, 2])).toThrow(RangeError);
    expect(() => crossEntropyFromLogits([1, 0], [1, 2], { temperature: 0 })).toThrow(/temperature/);
    expect(() => crossEntropyFromLogits([1, 0], [1, NaN])).toThrow(/logit at index 1/);
  });
});

describe('entropyFromLogits', () => {
  it.each([
    [[2, 1, 0.1], 1, 8.46738178760251925e-1],
    [[2, 1, 0.1], 10, 1.09559798339324632],
    // Nearly certain: 1.0489e-67 nats, every term kept (the top class's own is 1%).
    [[8, -8, -8], 0.1, 1.04891130737082193e-67],
  ])('H(softmax(%j / %s)) = %s nats', (logits, temperature, expected) => {
    expect(entropyFromLogits(logits, { temperature })).toBeRelativelyClose(expected, 1e-13);
  });

  it('is the entropy of the softmax, and grows with the temperature towards log n', () => {
    expect(entropyFromLogits([1, 2, 3])).toBeRelativelyClose(entropy(softmax([1, 2, 3])), 1e-14);
    const at = (t: number) => entropyFromLogits([1, 2, 3], { temperature: t, unit: 'bits' });
    expect(at(0.5)).toBeLessThan(at(1));
    expect(at(1)).toBeLessThan(at(10));
    expect(at(1e6)).toBeCloseTo(Math.log2(3), 6);
  });
});

describe('klFromLogits', () => {
  it.each([
    [[3, 1, 0.2], [2, 1, 0.1], 2, 2.81016403765228691e-2],
    [[8, -8, 0], [-8, 8, 0], 0.1, 160],
    [[2, 1, 0.1], [2, 1, 0.1], 1, 0],
  ])(
    'D(softmax(%j / T) || softmax(%j / T)) at T = %s is %s nats',
    (t, s, temperature, expected) => {
      const kl = klFromLogits(t, s, { temperature });
      if (expected === 0) expect(kl).toBe(0);
      else expect(kl).toBeRelativelyClose(expected, 1e-13);
    },
  );

  it('agrees with the KL of the two softmaxes, and refuses mismatched sizes', () => {
    expect(
      klFromLogits([3, 1, 0.2], [2, 1, 0.1], { temperature: 2, unit: 'bits' }),
    ).toBeRelativelyClose(
      klDivergence(softmax([3, 1, 0.2], 2), softmax([2, 1, 0.1], 2), 'bits'),
      1e-13,
    );
    expect(() => klFromLogits([1, 2], [1, 2, 3])).toThrow(/number of student logits/);
  });
});
