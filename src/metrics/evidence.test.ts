import { describe, expect, it } from 'vitest';
import { klDivergence } from './discrete';
import { evidencePath, typicalOutcomes } from './evidence';

describe('evidence for P over Q', () => {
  it('adds log2(p/q) per outcome: heads 0.9/0.6 gives +0.585 bits, tails 0.1/0.4 gives -2 bits', () => {
    const path = evidencePath([0.9, 0.1], [0.6, 0.4], [0, 0, 1], 'bits');
    expect(path[0]).toBe(0);
    expect(path[1]).toBeCloseTo(Math.log2(1.5), 12);
    expect(path[2]).toBeCloseTo(2 * Math.log2(1.5), 12);
    expect(path[3]).toBeCloseTo(2 * Math.log2(1.5) - 2, 12);
  });

  it('an outcome Q rules out is infinite evidence; one P rules out is refused', () => {
    expect(evidencePath([0.5, 0.5], [1, 0], [1])[1]).toBe(Infinity);
    expect(() => evidencePath([1, 0], [0.5, 0.5], [1])).toThrow(RangeError);
    expect(() => evidencePath([1, 0], [0.5, 0.5], [2])).toThrow(/index of p/);
  });

  it('a typical sequence has about n p(x) of each outcome, so the evidence is close to n D', () => {
    const p = [0.9, 0.1];
    const outcomes = typicalOutcomes(p, 1000);
    expect(outcomes.filter((x) => x === 1).length).toBeGreaterThanOrEqual(99);
    expect(outcomes.filter((x) => x === 1).length).toBeLessThanOrEqual(101);
    const path = evidencePath(p, [0.6, 0.4], outcomes, 'bits');
    // 1000 D(P||Q) = 326.5 bits; one tails more or less moves the total by 2.585 bits.
    expect(Math.abs(path[1000]! - 1000 * klDivergence(p, [0.6, 0.4], 'bits'))).toBeLessThan(3);
  });

  it('never picks an outcome of probability 0, and is the same every time', () => {
    const p = [0.5, 0, 0.5];
    expect(typicalOutcomes(p, 200)).not.toContain(1);
    expect(typicalOutcomes(p, 50)).toEqual(typicalOutcomes(p, 50));
  });
});
