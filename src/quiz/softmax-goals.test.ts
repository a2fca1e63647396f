import { describe, expect, it } from 'vitest';
import { defaultSoftmaxState } from '../widgets/softmax/state';
import { checkSoftmaxGoal, goalText } from './challenge-goals';

// References: mpmath 1.3 at 40 digits.
describe('logits-to-loss challenge goals', () => {
  it('lossBelow: logits (3, 0, 0.1) give 0.0997 nats at T = 1, which meets 0.1', () => {
    const state = { ...defaultSoftmaxState, logits: [3, 0, 0.1] };
    expect(checkSoftmaxGoal(state, 'lossBelow', 0.1).met).toBe(true);
    // (3, 1, 0.1) gives 0.174 nats: not yet.
    expect(checkSoftmaxGoal({ ...state, logits: [3, 1, 0.1] }, 'lossBelow').met).toBe(false);
  });

  it('lossBelow wants T = 1: a low temperature that shrinks the loss does not count', () => {
    const cold = { ...defaultSoftmaxState, temperature: 0.1 };
    const check = checkSoftmaxGoal(cold, 'lossBelow', 0.1);
    expect(check.met).toBe(false);
    expect(check.text).toMatch(/with the temperature back at 1/);
  });

  it('teacherTopAtMost: teacher (3, 1, 0.2) has 0.619 on top at T = 2 and 0.563 at T = 2.5', () => {
    const distil = { ...defaultSoftmaxState, teacher: [3, 1, 0.2], temperature: 2 };
    const at2 = checkSoftmaxGoal(distil, 'teacherTopAtMost', 0.6);
    expect(at2.met).toBe(false);
    expect(at2.text).toMatch(/0\.619/);
    expect(checkSoftmaxGoal({ ...distil, temperature: 2.5 }, 'teacherTopAtMost', 0.6).met).toBe(
      true,
    );
    expect(checkSoftmaxGoal(defaultSoftmaxState, 'teacherTopAtMost').text).toMatch(/no teacher/);
  });

  it('describes both goals in the widget’s unit', () => {
    expect(goalText('lossBelow', 'nats', 0.1)).toBe(
      'a loss H(P,Q) below 0.100 nats at temperature T = 1',
    );
    expect(goalText('teacherTopAtMost', 'nats', 0.6)).toBe(
      'the teacher’s top class at most 0.60 after softening by T',
    );
  });
});
