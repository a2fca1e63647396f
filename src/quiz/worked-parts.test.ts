import { describe, expect, it } from 'vitest';
import { gradeNumeric } from './grading';
import { computeQuantity, parentCounts, type QuantityParams } from './quantities';
import { questionKey } from './question-key';
import { drawCounts, drawJoint, seededRandom } from './seeded';
import { workedSolution } from './worked-solution';

// Lesson 6's split: children [4, 1] and [2, 3] of a parent [6, 4]. By hand, bits:
// H(0.6, 0.4) = 0.97095, (5/10) H(0.8, 0.2) = 0.36096, (5/10) H(0.4, 0.6) = 0.48548;
// 0.97095 - 0.36096 - 0.48548 = 0.12451.
const split: QuantityParams = {
  of: 'informationGain',
  p: [],
  split: [
    [4, 1],
    [2, 3],
  ],
  unit: 'bits',
};

// Rain and umbrellas: P(X) = (0.5, 0.5), P(Y) = (0.4, 0.6); H(X,Y) = 1.84644 bits (mpmath).
const rain: QuantityParams = {
  of: 'mutualInformation',
  p: [],
  joint: [
    [0.3, 0.2],
    [0.1, 0.4],
  ],
  unit: 'bits',
};

describe('worked solutions of lesson 6', () => {
  it('information gain: the parent entropy minus the weighted children, true as printed', () => {
    const { tex } = workedSolution(split);
    expect(tex).toContain('H(0.6, 0.4) - \\tfrac{5}{10} H(0.8, 0.2) - \\tfrac{5}{10} H(0.4, 0.6)');
    expect(tex).toContain('0.97095 - 0.36096 - 0.48548 = 0.12451 \\approx 0.125\\text{ bits}');
    expect(computeQuantity(split)).toBeCloseTo(0.12451124978365315, 14);
  });

  it('mutual information: H(X) + H(Y) - H(X,Y) with the marginals stated', () => {
    const { tex } = workedSolution(rain);
    expect(tex).toContain('P(X) = (0.5, 0.5),\\ P(Y) = (0.4, 0.6)');
    expect(tex).toContain('1.00000 + 0.97095 - 1.84644 = 0.12451 \\approx 0.125\\text{ bits}');
  });

  it('Jensen-Shannon: half of each KL divergence to the midpoint M', () => {
    // mpmath: JS((0.5, 0.5), (0.9, 0.1)) = 0.14679310243605201 bits.
    const js: QuantityParams = { of: 'jsDivergence', p: [0.5, 0.5], q: [0.9, 0.1], unit: 'bits' };
    expect(computeQuantity(js)).toBeCloseTo(0.14679310243605201, 14);
    const { tex } = workedSolution(js);
    expect(tex).toContain('M = \\tfrac12 (P + Q) = (0.7, 0.3)');
    expect(tex).toContain('\\approx 0.147\\text{ bits}');
  });

  it('grade 0.125 right (also from parts rounded first: 0.971 - 0.361 - 0.485), 0.086 (nats) wrong', () => {
    const { key } = questionKey(split);
    expect(gradeNumeric('0.125', key).result).toBe('correct');
    expect(gradeNumeric('0.126', key).result).toBe('incorrect');
    expect(gradeNumeric('0.086', key).result).toBe('incorrect');
  });
});

describe('seeded joint tables and splits', () => {
  it('draw a table of the asked shape that sums to 1, the same for the same seed', () => {
    const joint = drawJoint(seededRandom(7), 2, 3);
    expect(joint).toHaveLength(2);
    expect(joint[0]).toHaveLength(3);
    expect(joint.flat().reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    expect(drawJoint(seededRandom(7), 2, 3)).toEqual(joint);
  });

  it('draw 1 to 6 samples of every class in every child', () => {
    const counts = drawCounts(seededRandom(3), 2, 2);
    expect(counts.flat().every((c) => Number.isInteger(c) && c >= 1 && c <= 6)).toBe(true);
    expect(parentCounts(counts)).toEqual([
      counts[0]![0]! + counts[1]![0]!,
      counts[0]![1]! + counts[1]![1]!,
    ]);
  });
});
