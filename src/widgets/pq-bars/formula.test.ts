import { describe, expect, it } from 'vitest';
import { pqFormula } from './formula';
import { defaultPQState, type PQState } from './state';

const coin: PQState = { ...defaultPQState, p: [0.5, 0.5], q: [0.9, 0.1], unit: 'bits' };

describe('pqFormula', () => {
  it('writes out the cross-entropy of a fair coin against (0.9, 0.1) with its value', () => {
    expect(pqFormula('crossEntropy', coin)).toEqual({
      tex: 'H(P,Q) = -0.5\\,\\log_2 0.9 - 0.5\\,\\log_2 0.1 = 1.737\\ \\text{bits}',
      text: 'H(P,Q) = −0.5 log₂ 0.9 − 0.5 log₂ 0.1 = 1.737 bits',
    });
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
