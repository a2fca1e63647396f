import { describe, expect, it } from 'vitest';
import { jointMetrics } from './derive';
import { defaultJointState } from './state';

describe('jointMetrics', () => {
  it('reads rain and umbrellas as the references say', () => {
    // mpmath at 40 digits, bits: I = 0.12451124978365310, H(X|Y) = 0.87548875021634689,
    // H(X,Y) = 1.8464393446710155; H(X) = 1 (rows 0.5, 0.5), H(Y) = H(0.4, 0.6).
    const m = jointMetrics(defaultJointState);
    expect(m.entropyX).toBeCloseTo(1, 14);
    expect(m.entropyY).toBeCloseTo(0.9709505944546686, 14);
    expect(m.jointEntropy).toBeCloseTo(1.8464393446710154, 14);
    expect(m.conditionalEntropy).toBeCloseTo(0.8754887502163469, 14);
    expect(m.mutualInformation).toBeCloseTo(0.1245112497836531, 14);
    expect(m.klFromProduct).toBeCloseTo(m.mutualInformation, 14);
  });

  it('computes each state once', () => {
    expect(jointMetrics(defaultJointState)).toBe(jointMetrics(defaultJointState));
  });
});
