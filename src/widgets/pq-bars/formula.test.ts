import { describe, expect, it } from 'vitest';
import { pqFormula, pqFormulaShapes } from './formula';
import { defaultPQState, type PQState } from './state';

const coin: PQState = { ...defaultPQState, p: [0.5, 0.5], q: [0.9, 0.1], unit: 'bits' };

describe('pqFormula', () => {
  it('writes out the cross-entropy of a fair coin against (0.9, 0.1) with its value', () => {
    expect(pqFormula('crossEntropy', coin)).toMatchObject({
      tex: 'H(P,Q) = -0.5\\,\\log_2 0.9 - 0.5\\,\\log_2 0.1 = 1.737\\ \\text{bits}',
      text: 'H(P,Q) = −0.5 log₂ 0.9 − 0.5 log₂ 0.1 = 1.737 bits',
    });
  });

  it('marks every number as a slot, in order, and names the shape by kind, unit and terms', () => {
    const formula = pqFormula('crossEntropy', coin);
    expect(formula.numbers).toEqual(['0.5', '0.9', '0.5', '0.1', '1.737']);
    expect(formula.slottedTex).toBe(
      'H(P,Q) = -\\htmlData{slot=0}{0.5}\\,\\log_2 \\htmlData{slot=1}{0.9} - ' +
        '\\htmlData{slot=2}{0.5}\\,\\log_2 \\htmlData{slot=3}{0.1} = ' +
        '\\htmlData{slot=4}{1.737}\\ \\text{bits}',
    );
    expect(formula.shape).toBe('crossEntropy-bits-2');
    const infinite = pqFormula('klDivergence', { ...coin, q: [1, 0] });
    expect(infinite.numbers.at(-1)).toBe('∞');
    expect(infinite.slottedTex).toMatch(/\\htmlData\{slot=6\}\{\\infty\}\\ \\text\{bits\}$/);
  });

  it('lists every shape a formula can take: both units, one to ten terms', () => {
    const shapes = pqFormulaShapes('klDivergence').map((f) => f.shape);
    expect(shapes).toHaveLength(20);
    expect(new Set(shapes).size).toBe(20);
    expect(shapes).toContain('klDivergence-bits-1');
    expect(shapes).toContain('klDivergence-nats-10');
  });

  it('writes the KL divergence as a sum of p log(p/q) terms', () => {
    expect(pqFormula('klDivergence', coin).text).toBe(
      'D(P‖Q) = 0.5 log₂(0.5/0.9) + 0.5 log₂(0.5/0.1) = 0.737 bits',
    );
  });

  it('uses ln in nats and drops outcomes that P rules out', () => {
    const oneHot: PQState = {
      ...coin,
      p: [1, 0, 0],
      q: [0.7, 0.2, 0.1],
      labels: ['a', 'b', 'c'],
      unit: 'nats',
    };
    expect(pqFormula('crossEntropy', oneHot).text).toBe('H(P,Q) = −1 ln 0.7 = 0.357 nats');
    expect(pqFormula('entropy', oneHot).text).toBe('H(P) = −1 ln 1 = 0.000 nats');
  });

  it('shows infinity when Q rules out what P allows, and the smoothed Q when epsilon > 0', () => {
    const zero: PQState = { ...coin, q: [1, 0] };
    expect(pqFormula('klDivergence', zero).tex).toMatch(/= \\infty\\ \\text\{bits\}$/);
    const smoothed = pqFormula('crossEntropy', { ...zero, epsilon: 0.1 });
    expect(smoothed.text).toBe('H(P,Q) = −0.5 log₂ 0.95 − 0.5 log₂ 0.05 = 2.198 bits');
  });
});
