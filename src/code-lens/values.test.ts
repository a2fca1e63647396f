import { describe, expect, it } from 'vitest';
import { codeLensValues } from './values';

// References: mpmath 1.3 at 50 digits (log-softmax by log-sum-exp, KL from the two log-softmaxes).
describe('code lens values', () => {
  it('cross-entropy from logits (2, 1, 0.1), true class 0, and softmax applied twice', () => {
    // -log softmax(2, 1, 0.1)[0] = 0.41703001627783348; softmax then cross_entropy: 0.80212089121286794
    expect(codeLensValues('logitLoss', { logits: [2, 1, 0.1], target: 0 })).toEqual({
      logits: '[2.0, 1.0, 0.1]',
      target: '0',
      loss: '0.4170',
      doubleSoftmax: '0.8021',
    });
  });

  it('F.kl_div both ways, the mean reduction and the T² scaling', () => {
    // D(softmax(t/2) || softmax(s/2)) = 0.028101640376522871, swapped 0.028688305731782416.
    const v = codeLensValues('klDiv', {
      teacher: [3, 1, 0.2],
      logits: [2, 1, 0.1],
      temperature: 2,
    });
    expect(v.kl).toBe('0.0281');
    expect([v.teacher, v.student, v.T, v.n]).toEqual([
      '[3.0, 1.0, 0.2]',
      '[2.0, 1.0, 0.1]',
      '2.0',
      '3',
    ]);
    expect(v.mean).toBe('0.0094');
    expect(v.scaled).toBe('0.1124');
    expect(v.swapped).toBe('0.0287');
  });

  it('the entropy with a log(p + eps) floor, and the error printed as Python prints it', () => {
    // mpmath: H = 1.0397207708399179641, floored 1.0397204708399679641, difference 2.9999995e-7.
    expect(codeLensValues('logEpsilon', { p: [0.5, 0.25, 0.25, 0], epsilon: 1e-7 })).toEqual({
      p: '[0.5, 0.25, 0.25, 0.0]',
      epsilon: '1e-7',
      exact: '1.0397207708',
      floored: '1.0397204708',
      error: '3.00e-07',
    });
  });

  it('names an unknown example and a missing prop', () => {
    expect(() => codeLensValues('nope', {})).toThrow(/unknown code lens example "nope"/);
    expect(() => codeLensValues('klDiv', { logits: [1, 2] })).toThrow(/needs a teacher prop/);
  });
});
