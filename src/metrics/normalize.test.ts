import { describe, expect, it } from 'vitest';
import './matchers';
import { mixWithUniform, normalize, smoothedOneHot } from './normalize';

describe('normalize', () => {
  it('divides by the total, exactly rounded', () => {
    const result = normalize([1, 2, 3, 4]);
    expect(result).toBeInstanceOf(Float64Array);
    expect(Array.from(result)).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(Array.from(normalize(Float64Array.of(6, 4)))).toEqual([0.6, 0.4]);
    expect(Array.from(normalize([0, 5, 0]))).toEqual([0, 1, 0]);
  });

  it('copes with totals that overflow or are subnormal', () => {
    expect(Array.from(normalize([1e308, 1e308, 1e308]))).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(Array.from(normalize([1e-320, 3e-320]))).toEqual([0.25, 0.75]);
  });

  it('returns a distribution for a million weights', () => {
    const weights = new Float64Array(1_000_000).map((_, i) => (i % 17) + 0.5);
    expect(normalize(weights)).toBeDistribution(1_000_000);
  });
});

describe('mixWithUniform', () => {
  it('mixes a one-hot target with the uniform distribution', () => {
    const result = mixWithUniform([0, 1, 0, 0], 0.1);
    expect(result).toBeInstanceOf(Float64Array);
    expect(result).toBeDistribution(4);
    // (1 - 0.1) * [0, 1, 0, 0] + 0.1 / 4
    expect(result[0]).toBeCloseTo(0.025, 15);
    expect(result[1]).toBeCloseTo(0.925, 15);
  });

  it('leaves p unchanged at epsilon 0 and gives the uniform distribution at 1', () => {
    expect(Array.from(mixWithUniform([0.2, 0.8], 0))).toEqual([0.2, 0.8]);
    expect(Array.from(mixWithUniform([0.2, 0.8], 1))).toEqual([0.5, 0.5]);
  });
});

describe('smoothedOneHot', () => {
  it('is the one-hot target at eps = 0 and (1 - eps) one-hot + eps / n otherwise', () => {
    expect(Array.from(smoothedOneHot(3, 1, 0))).toEqual([0, 1, 0]);
    const t = smoothedOneHot(4, 0, 0.1);
    // 0.9 + 0.025 on the true class, 0.025 on each other.
    expect(t[0]).toBeCloseTo(0.925, 15);
    expect(t[3]).toBeCloseTo(0.025, 15);
    expect(t).toBeDistribution(4);
  });

  it('refuses a class outside the range and a bad count', () => {
    expect(() => smoothedOneHot(3, 3, 0)).toThrow(/true class: 3/);
    expect(() => smoothedOneHot(3, 1.5, 0)).toThrow(RangeError);
    expect(() => smoothedOneHot(0, 0, 0)).toThrow(/number of classes/);
    expect(() => smoothedOneHot(3, 0, 2)).toThrow(/epsilon/);
  });
});
