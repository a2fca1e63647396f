import { describe, expect, it } from 'vitest';
import { marginals, mutualInformation } from '../../metrics';
import { productOfMarginals, setCell } from './table';

const rain = [
  [0.3, 0.2],
  [0.1, 0.4],
];

describe('setCell', () => {
  it('sets one cell and rescales the others in proportion, keeping the total 1', () => {
    // The other cells held 0.7 and must now hold 0.5: each is scaled by 5/7.
    const next = setCell(rain, 0, 0, 0.5);
    expect(next[0]![0]).toBe(0.5);
    expect(next[0]![1]).toBeCloseTo((0.2 * 5) / 7, 15);
    expect(next[1]![0]).toBeCloseTo((0.1 * 5) / 7, 15);
    expect(next[1]![1]).toBeCloseTo((0.4 * 5) / 7, 15);
    expect(next.flat().reduce((a, b) => a + b)).toBeCloseTo(1, 15);
  });

  it('clamps to [0, 1] and shares the rest equally when the others are all 0', () => {
    expect(setCell(rain, 1, 1, 1.7).flat()).toEqual([0, 0, 0, 1]);
    expect(
      setCell(
        [
          [1, 0],
          [0, 0],
        ],
        0,
        0,
        0.4,
      )
        .flat()
        .map((x) => Number(x.toFixed(12))),
    ).toEqual([0.4, 0.2, 0.2, 0.2]);
  });
});

describe('productOfMarginals', () => {
  it('keeps P(X) and P(Y) and makes the mutual information 0', () => {
    const joint = [
      [0.1, 0.05, 0.05, 0],
      [0.05, 0.1, 0.05, 0.05],
      [0, 0.05, 0.2, 0.05],
      [0.05, 0, 0.05, 0.15],
    ];
    const product = productOfMarginals(joint);
    // By hand: P(X) = (0.2, 0.25, 0.3, 0.25), P(Y) = (0.2, 0.2, 0.35, 0.25).
    expect(product[2]![2]).toBeCloseTo(0.3 * 0.35, 15);
    const before = marginals(joint);
    const after = marginals(product);
    after.px.forEach((p, i) => expect(p).toBeCloseTo(before.px[i]!, 15));
    after.py.forEach((p, j) => expect(p).toBeCloseTo(before.py[j]!, 15));
    expect(mutualInformation(product)).toBeLessThan(1e-15);
  });
});
