import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addOutcome, redistribute, removeOutcome } from './redistribute';

const sum = (p: readonly number[]) => p.reduce((a, b) => a + b, 0);

describe('redistribute', () => {
  it.each([
    // p, i, value, expected (hand-computed)
    [[0.5, 0.5], 0, 0.9, [0.9, 0.1]],
    [[0.2, 0.3, 0.5], 0, 0.6, [0.6, 0.15, 0.25]],
    [[0.2, 0.3, 0.5], 2, 0, [0.4, 0.6, 0]],
    [[1, 0, 0], 0, 0.4, [0.4, 0.3, 0.3]],
    [[0.25, 0.25, 0.5], 1, 1, [0, 1, 0]],
    [[0.25, 0.75], 0, 1.7, [1, 0]],
    [[0.25, 0.75], 0, -3, [0, 1]],
  ])('redistribute(%j, %i, %d) = %j', (p, i, value, expected) => {
    const result = redistribute(p, i, value);
    expect(result).toHaveLength(expected.length);
    result.forEach((x, j) => expect(x).toBeCloseTo(expected[j]!, 14));
  });

  it('keeps a valid distribution and the dragged value for any input', () => {
    const distribution = fc
      .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 10 })
      .map((w) => {
        const total = sum(w);
        return total > 0 ? w.map((x) => x / total) : w.map(() => 1 / w.length);
      });
    fc.assert(
      fc.property(
        distribution,
        fc.nat(),
        fc.double({ min: -2, max: 2, noNaN: true }),
        (p, k, v) => {
          const i = k % p.length;
          const q = redistribute(p, i, v);
          expect(Math.abs(sum(q) - 1)).toBeLessThan(1e-12);
          expect(q.every((x) => x >= 0 && x <= 1)).toBe(true);
          expect(q[i]).toBe(Math.min(1, Math.max(0, v)));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('adding and removing outcomes', () => {
  it('adds an outcome with share 1/(n+1) and shrinks the others in proportion', () => {
    const p = addOutcome([0.75, 0.25]);
    expect(p).toHaveLength(3);
    expect(p[0]).toBeCloseTo(0.5, 14);
    expect(p[1]).toBeCloseTo(1 / 6, 14);
    expect(p[2]).toBeCloseTo(1 / 3, 14);
  });

  it('removes an outcome and renormalises the rest', () => {
    const p = removeOutcome([0.5, 0.3, 0.2], 0);
    expect(p[0]).toBeCloseTo(0.6, 14);
    expect(p[1]).toBeCloseTo(0.4, 14);
  });

  it('shares equally when the removed outcome held all the mass', () => {
    expect(removeOutcome([0, 1, 0], 1)).toEqual([0.5, 0.5]);
  });
});
