import { describe, expect, it } from 'vitest';
import { solutionTex } from './solution-tex';

describe('solutionTex', () => {
  it('writes out the cross-entropy sum with the numbers of the question', () => {
    expect(solutionTex({ of: 'crossEntropy', p: [0.5, 0.5], q: [0.9, 0.1], unit: 'bits' })).toBe(
      'H(P,Q) = -\\sum_x p(x) \\log_2 q(x) = -\\left(0.5 \\log_2 0.9 + 0.5 \\log_2 0.1\\right) = 1.737\\text{ bits}',
    );
  });

  it('leaves out outcomes with p(x) = 0 and uses ln for nats', () => {
    expect(solutionTex({ of: 'entropy', p: [1, 0], unit: 'nats' })).toBe(
      'H(P) = -\\sum_x p(x) \\ln p(x) = -\\left(1 \\ln 1\\right) = 0.000\\text{ nats}',
    );
  });

  it('shows the KL through the identity D = H(P,Q) - H(P)', () => {
    expect(
      solutionTex({ of: 'klDivergence', p: [0.5, 0.5], q: [0.9, 0.1], unit: 'bits' }),
    ).toContain('= H(P,Q) - H(P) = 1.737 - 1.000 = 0.737\\text{ bits}');
  });

  it('writes infinity for a model that rules out a possible outcome', () => {
    expect(solutionTex({ of: 'crossEntropy', p: [0.5, 0.5], q: [1, 0], unit: 'bits' })).toMatch(
      /= \\infty\\text\{ bits\}$/,
    );
  });
});
