import { describe, expect, it } from 'vitest';
import {
  bestThreshold,
  candidateThresholds,
  splitCounts,
  splitMetrics,
  thresholdRange,
} from './split';
import { defaultSplitState } from './state';

describe('the brief example', () => {
  it('splits 6 of class 0 and 4 of class 1 at 5.5 into [4, 1] and [2, 3]', () => {
    expect(splitCounts(defaultSplitState)).toEqual({ parent: [6, 4], left: [4, 1], right: [2, 3] });
  });

  it('has H(parent) = 0.971 bits and gain 0.1245 bits (mpmath references)', () => {
    const m = splitMetrics(defaultSplitState);
    expect(m.parentEntropy).toBeCloseTo(0.9709505944546686, 14);
    // H(4/5, 1/5) = 0.7219280948873623, H(2/5, 3/5) = 0.9709505944546686.
    expect(m.leftEntropy).toBeCloseTo(0.7219280948873623, 14);
    expect(m.rightEntropy).toBeCloseTo(0.9709505944546686, 14);
    expect(m.informationGain).toBeCloseTo(0.12451124978365315, 14);
    expect(m.informationGain.toFixed(4)).toBe('0.1245');
  });
});

describe('bestThreshold', () => {
  it('finds the split with the largest gain by trying every midpoint', () => {
    // Between 7 and 8: left [6, 1], right [0, 3] is pure. mpmath: H(parent) - 0.7 H(1/7, 6/7) =
    // 0.9709505944546686 - 0.7 * 0.5916727785823274 = 0.5567796494470395 bits.
    const best = bestThreshold(defaultSplitState);
    expect(best.threshold).toBe(7.5);
    expect(best.gain / Math.LN2).toBeCloseTo(0.5567796494470395, 13);
    for (const t of candidateThresholds(defaultSplitState.x)) {
      expect(
        splitMetrics({ ...defaultSplitState, threshold: t, unit: 'nats' }).informationGain,
      ).toBeLessThanOrEqual(best.gain + 1e-15);
    }
  });

  it('handles repeated values and three classes', () => {
    const state = { x: [1, 1, 2, 2, 3, 3], y: [0, 0, 1, 1, 2, 2] };
    expect(candidateThresholds(state.x)).toEqual([1.5, 2.5]);
    // Either split isolates one pure class: gain H(1/3,1/3,1/3) - (4/6) * 1 = log2 3 - 2/3 bits.
    expect(bestThreshold(state).gain / Math.LN2).toBeCloseTo(Math.log2(3) - 2 / 3, 13);
    expect(bestThreshold(state).threshold).toBe(1.5);
  });

  it('has nothing to try when every sample has the same value', () => {
    expect(Number.isNaN(bestThreshold({ x: [2, 2], y: [0, 1] }).threshold)).toBe(true);
  });
});

describe('thresholdRange', () => {
  it('covers the samples with a step of a twentieth of their spread, rounded down', () => {
    expect(thresholdRange([1, 10])).toEqual({ min: 0.5, max: 10.5, step: 0.1, bigStep: 1 });
  });
});
