import { describe, expect, it } from 'vitest';
import './matchers';
import { logSoftmax, softmax } from './softmax';

/** References: mpmath 1.3 at 40 digits, exp(x_i / T) / sum_j exp(x_j / T) and its log. */
const cases: [number[], number, number[], number[]][] = [
  // logits, temperature, softmax, log-softmax
  [
    [1, 2, 3],
    1,
    [0.09003057317038046, 0.24472847105479764, 0.6652409557748219],
    [-2.40760596444438, -1.4076059644443804, -0.4076059644443803],
  ],
  [
    [1, 2, 3],
    0.5,
    [0.015876239976466765, 0.11731042782619837, 0.8668133321973349],
    [-4.142931628499899, -2.1429316284998996, -0.14293162849989952],
  ],
  [
    [1, 2, 3],
    100,
    [0.33000561097102177, 0.3333222224999935, 0.3366721665289847],
    [-1.1086456217236693, -1.0986456217236693, -1.0886456217236693],
  ],
  // exp(1000) overflows and exp(-1000) underflows: only the shifted form survives.
  [[1000, 0, -1000], 1, [1, 0, 0], [0, -1000, -2000]],
  [[-5, 2.5], 1e-3, [0, 1], [-7500.0, 0]],
];

describe.each(cases)('logits %j at temperature %s', (logits, temperature, probs, logProbs) => {
  it('softmax matches the reference and is a distribution', () => {
    const result = softmax(logits, temperature);
    expect(result).toBeInstanceOf(Float64Array);
    expect(result).toBeDistribution(logits.length);
    result.forEach((x, i) => {
      // Probabilities below the double range (e.g. 5e-435) correctly come out as 0.
      if (probs[i]! < 1e-300) expect(x).toBe(0);
      else expect(x).toBeRelativelyClose(probs[i]!, 1e-14);
    });
  });

  it('logSoftmax matches the reference, finite where softmax underflows', () => {
    const result = logSoftmax(logits, temperature);
    result.forEach((x, i) => {
      if (logProbs[i] === 0) expect(Math.abs(x)).toBeLessThan(1e-15);
      else expect(x).toBeRelativelyClose(logProbs[i]!, 1e-14);
    });
  });
});

describe('softmax', () => {
  it('defaults to temperature 1 and takes Float64Array logits', () => {
    expect(softmax(Float64Array.of(1, 2, 3))).toEqual(softmax([1, 2, 3], 1));
    expect(logSoftmax(Float64Array.of(1, 2, 3))).toEqual(logSoftmax([1, 2, 3], 1));
  });

  it('is uniform for equal logits and unchanged by adding a constant', () => {
    expect(Array.from(softmax([7, 7, 7, 7]))).toEqual([0.25, 0.25, 0.25, 0.25]);
    expect(Array.from(softmax([1, 2, 3]))).toEqual(Array.from(softmax([101, 102, 103])));
  });

  it('survives logits at the edge of the double range', () => {
    expect(softmax([Number.MAX_VALUE, -Number.MAX_VALUE])).toEqual(Float64Array.of(1, 0));
    expect(logSoftmax([Number.MAX_VALUE, -Number.MAX_VALUE])).toEqual(
      Float64Array.of(0, -Infinity),
    );
  });
});
