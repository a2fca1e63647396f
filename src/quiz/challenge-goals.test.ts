import { describe, expect, it } from 'vitest';
import { defaultKLState } from '../widgets/kl-explorer/state';
import { defaultPQState, type PQState } from '../widgets/pq-bars/state';
import { defaultJointState } from '../widgets/joint/state';
import { defaultSplitState } from '../widgets/split/state';
import {
  checkCommitted,
  checkJointGoal,
  checkKLGoal,
  checkPQGoal,
  checkSplitGoal,
  goalText,
  widgetOfGoal,
} from './challenge-goals';

const pq = (p: number[], q: number[], extra: Partial<PQState> = {}): PQState => ({
  ...defaultPQState,
  p,
  q,
  labels: p.map((_, i) => `${i}`),
  ...extra,
});

describe('challenge goals', () => {
  it('klBelow: D(P||Q) in bits against the threshold', () => {
    // P = (0.5, 0.5), Q = (0.9, 0.1): D = 0.737 bits.
    expect(checkPQGoal(pq([0.5, 0.5], [0.9, 0.1]), 'klBelow')).toEqual({
      met: false,
      text: 'D(P‖Q) = 0.737 bits at your last release; the goal is below 0.050 bits.',
    });
    // Q = (0.6, 0.4): D = 1 - H(0.5,0.5 vs 0.6,0.4) = 0.0294 bits.
    expect(checkPQGoal(pq([0.5, 0.5], [0.6, 0.4]), 'klBelow').met).toBe(true);
  });

  it('klBelow speaks the unit the widget shows, and uses the smoothed model', () => {
    // Q = (0.6, 0.4): D = 0.0294 bits = 0.0204 nats, below 0.05 in either unit.
    const nats = checkPQGoal(pq([0.5, 0.5], [0.6, 0.4], { unit: 'nats' }), 'klBelow');
    expect(nats).toEqual({
      met: true,
      text: 'D(P‖Q) = 0.020 nats at your last release; the goal is below 0.050 nats.',
    });
    // Q = (0.7, 0.3): D = 0.0823 bits = 0.0570 nats: not yet in bits, and not in nats either.
    expect(checkPQGoal(pq([0.5, 0.5], [0.7, 0.3]), 'klBelow').met).toBe(false);
    expect(checkPQGoal(pq([0.5, 0.5], [0.7, 0.3], { unit: 'nats' }), 'klBelow').met).toBe(false);
    // Q = (1, 0) is infinitely far; smoothing 0.2 gives (0.9, 0.1): 0.737 bits, still far.
    const smoothed = checkPQGoal(pq([0.5, 0.5], [1, 0], { epsilon: 0.2 }), 'klBelow');
    expect(smoothed.text).toContain('0.737 bits');
  });

  it('maxEntropy: within the tolerance of log2 n', () => {
    expect(checkPQGoal(pq([0.25, 0.25, 0.25, 0.25], [0.7, 0.1, 0.1, 0.1]), 'maxEntropy').met).toBe(
      true,
    );
    // (0.3, 0.25, 0.25, 0.2): H = 1.985 bits, 0.015 short of 2.
    const near = checkPQGoal(pq([0.3, 0.25, 0.25, 0.2], [0.25, 0.25, 0.25, 0.25]), 'maxEntropy');
    expect(near.met).toBe(false);
    expect(near.text).toContain('H(P) = 1.985 bits');
    expect(checkPQGoal(pq([0.3, 0.25, 0.25, 0.2], [1, 1, 1, 1]), 'maxEntropy', 0.02).met).toBe(
      true,
    );
  });

  it('reverseKlOptimum: the default Q between the modes is not it, Q on one mode is', () => {
    expect(checkKLGoal(defaultKLState, 'reverseKlOptimum').met).toBe(false);
    // On the right bump, Q = N(2.2, 0.7^2): D(Q||P) is just under ln 2 = 0.693 nats (P has half
    // its mass there; the other bump's tail adds a little), within 0.01 nats of the optimum
    // 0.691 nats, in the nats the explorer starts in.
    const onMode = { ...defaultKLState, q: { mu: 2.2, sigma: 0.7 } };
    expect(checkKLGoal(onMode, 'reverseKlOptimum')).toEqual({
      met: true,
      text: 'D(Q‖P) = 0.691 nats at your last release; the best single Gaussian reaches 0.691 nats.',
    });
    const inBits = checkKLGoal({ ...onMode, unit: 'bits' }, 'reverseKlOptimum');
    expect(inBits.text).toMatch(/^D\(Q‖P\) = 0\.99\d bits/);
  });

  it('describes each goal', () => {
    expect(goalText('klBelow', 'bits')).toBe('D(P‖Q) below 0.050 bits');
    expect(goalText('maxEntropy', 'bits', 0.02)).toBe(
      'H(P) within 0.020 bits of the largest possible',
    );
    expect(goalText('reverseKlOptimum', 'nats')).toBe(
      'D(Q‖P) within 0.010 nats of its smallest possible value',
    );
  });

  it("a goal reached by a best-fit button is not the student's solution", () => {
    const onMode = { ...defaultKLState, q: { mu: 2.2, sigma: 0.7 } };
    const check = (state: typeof onMode) => checkKLGoal(state, 'reverseKlOptimum');
    expect(checkCommitted({ state: onMode, assisted: false }, check).met).toBe(true);
    const assisted = checkCommitted({ state: onMode, assisted: true }, check);
    expect(assisted.met).toBe(false);
    expect(assisted.text).toContain('with your own moves');
    // Away from the goal, the usual feedback, whoever moved Q.
    expect(checkCommitted({ state: defaultKLState, assisted: true }, check)).toEqual(
      check(defaultKLState),
    );
  });
});

describe('lesson 6 goals', () => {
  it('independent: met once I(X;Y) is below the goal, refused when "Make independent" did it', () => {
    expect(checkJointGoal(defaultJointState, 'independent').met).toBe(false);
    const product = {
      ...defaultJointState,
      joint: [
        [0.2, 0.3],
        [0.2, 0.3],
      ],
    };
    expect(checkJointGoal(product, 'independent').met).toBe(true);
    const assisted = checkCommitted({ state: product, assisted: true }, (s) =>
      checkJointGoal(s, 'independent'),
    );
    expect(assisted.met).toBe(false);
  });

  it('bestSplit: 5.5 (gain 0.125 bits) is not the best; 7.5 (0.557 bits) is', () => {
    const at = (threshold: number) => ({ ...defaultSplitState, threshold });
    expect(checkSplitGoal(at(5.5), 'bestSplit').met).toBe(false);
    expect(checkSplitGoal(at(5.5), 'bestSplit').text).toContain('0.557 bits');
    expect(checkSplitGoal(at(7.2), 'bestSplit').met).toBe(true);
  });

  it('names the widget each goal is checked on', () => {
    expect(widgetOfGoal('independent')).toBe('joint');
    expect(widgetOfGoal('bestSplit')).toBe('split');
    expect(widgetOfGoal('reverseKlOptimum')).toBe('kl');
    expect(widgetOfGoal('klBelow')).toBe('pq');
  });
});
