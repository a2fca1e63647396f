import { describe, expect, it } from 'vitest';
import './matchers';
import { entropy } from './discrete';
import { entropyWithLogFloor } from './log-floor';

// References: mpmath 1.3 at 50 digits, -sum p ln(p + eps) over p > 0 (p and eps as the doubles given).
describe('entropyWithLogFloor', () => {
  it.each([
    [[0.5, 0.25, 0.25], 1e-10, 1.039720770539918],
    [[0.5, 0.25, 0.25, 0], 1e-7, 1.0397204708399679],
    [[0.9, 0.1], 1e-3, 0.323088495450507],
  ])('-sum p ln(p + eps) for %j, eps %s = %s nats', (p, eps, expected) => {
    expect(entropyWithLogFloor(p, eps)).toBeRelativelyClose(expected, 1e-14);
  });

  it('is H(P) at eps = 0 and falls short of it by about eps per outcome with p > 0', () => {
    const p = [0.5, 0.25, 0.25, 0];
    expect(entropyWithLogFloor(p, 0, 'bits')).toBe(entropy(p, 'bits'));
    // mpmath: the shortfall at eps = 1e-7 is 2.99999950000012e-07 nats, 3 outcomes x 1e-7.
    expect(entropy(p) - entropyWithLogFloor(p, 1e-7)).toBeRelativelyClose(
      2.99999950000012e-7,
      1e-8,
    );
  });

  it('refuses a negative epsilon and a non-distribution', () => {
    expect(() => entropyWithLogFloor([1], -1)).toThrow(/epsilon/);
    expect(() => entropyWithLogFloor([0.5, 0.6], 0)).toThrow(RangeError);
  });
});
