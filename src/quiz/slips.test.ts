import { describe, expect, it } from 'vitest';
import { detectSlip, diagnosisMessage, slipCandidates } from './slips';
import type { QuantityParams } from './quantities';

const key = (value: number) => ({ value, decimals: 3, unit: 'bits' as const });

describe('detectSlip', () => {
  // P = (0.5, 0.5), Q = (0.9, 0.1): H(P,Q) = 1.737, H(P) = 1, D(P||Q) = 0.737,
  // D(Q||P) = 1 - H(Q) = 1 - 0.469 = 0.531 bits; in nats H(P,Q) = 1.204.
  const cross: QuantityParams = { of: 'crossEntropy', p: [0.5, 0.5], q: [0.9, 0.1], unit: 'bits' };
  const kl: QuantityParams = { ...cross, of: 'klDivergence' };

  it.each([
    ['1.000', 'entropy-for-cross-entropy'],
    ['0.737', 'kl-for-cross-entropy'],
    ['1.204', 'natural-log'],
    ['2.506', 'unit-swap'],
    ['-1.737', 'sign'],
    ['1.740', 'close'],
    ['1.733', 'close'],
    ['1.745', undefined],
    ['1.5', undefined],
  ])('H(P,Q) answered %s: %s', (answer, slip) => {
    expect(detectSlip(Number(answer), cross, key(1.737))).toBe(slip);
  });

  it.each([
    ['0.531', 'reverse-kl'],
    ['0.511', 'natural-log'], // 0.737 * ln 2
    ['1.063', 'unit-swap'], // 0.737 / ln 2
    ['1.737', 'cross-entropy-for-kl'],
    ['0.6', undefined],
  ])('D(P||Q) answered %s: %s', (answer, slip) => {
    expect(detectSlip(Number(answer), kl, key(0.737))).toBe(slip);
  });

  it('entropy questions in nats have no natural-log slip, only the conversion', () => {
    const nats: QuantityParams = { of: 'entropy', p: [0.5, 0.5], unit: 'nats' };
    // H = ln 2 = 0.693 nats; given in bits, 1.000.
    expect(detectSlip(1, nats, { value: Math.LN2, decimals: 3, unit: 'nats' })).toBe('unit-swap');
  });

  it('leaves out slips that equal the key', () => {
    // P = Q: D(Q||P) = D(P||Q) = 0 and -0 = 0, so those cannot be told apart; only the
    // cross-entropy, H(P,Q) = H(P) = 0.881 bits, can.
    const same: QuantityParams = { of: 'klDivergence', p: [0.3, 0.7], q: [0.3, 0.7], unit: 'bits' };
    expect(slipCandidates(same, key(0)).map((s) => s.kind)).toEqual(['cross-entropy-for-kl']);
  });

  it('names P and Q swapped in a cross-entropy', () => {
    // P = (0.7, 0.3), Q = (0.4, 0.6), in bits: H(P,Q) = 0.7(1.32193) + 0.3(0.73697) = 1.14644;
    // H(Q,P) = 0.4(0.51457) + 0.6(1.73697) = 1.24801.
    const swapped: QuantityParams = {
      of: 'crossEntropy',
      p: [0.7, 0.3],
      q: [0.4, 0.6],
      unit: 'bits',
    };
    expect(detectSlip(1.248, swapped, key(1.14644))).toBe('swapped-cross-entropy');
  });
});

describe('diagnosisMessage', () => {
  it('explains the sign through each formula: no "minus in front" for the KL divergence', () => {
    expect(diagnosisMessage('sign', 'entropy')).toContain('−p(x) log p(x) is at least 0');
    expect(diagnosisMessage('sign', 'klDivergence')).toContain('single terms');
    expect(diagnosisMessage('sign', 'klDivergence')).not.toContain('minus');
  });
});
