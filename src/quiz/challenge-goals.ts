import {
  bestReverseFits,
  entropy,
  fromNats,
  klDivergence,
  mutualInformation,
  reverseKl,
} from '../metrics';
import type { JointState } from '../widgets/joint/state';
import { bestThreshold, splitMetrics } from '../widgets/split/split';
import type { SplitState } from '../widgets/split/state';
import type { Mixture, Unit } from '../metrics';
import { pqMetrics } from '../widgets/pq-bars/derive';
import type { PQState } from '../widgets/pq-bars/state';
import type { Committed } from '../store/widget-store';
import type { KLState } from '../widgets/kl-explorer/state';
import { softmaxMetrics } from '../widgets/softmax/derive';
import type { SoftmaxState } from '../widgets/softmax/state';
import { formatNumber, formatQuantity } from '../widgets/shared/format';

/** Goals on a P/Q bar widget. */
export type PQGoal = 'klBelow' | 'maxEntropy';
/** Goals on a KL explorer: Q at (within `value` bits of) the best reverse-KL fit. */
export type KLGoal = 'reverseKlOptimum';
/** Goals on a joint table: X and Y independent (I(X;Y) below `value`). */
export type JointGoal = 'independent';
/** Goals on a split: the threshold's gain within `value` of the best split's. */
export type SplitGoal = 'bestSplit';
/**
 * Goals on a logits-to-loss widget: the loss below `value` at T = 1, or the teacher's soft target
 * for its top class at most `value` (a probability).
 */
export type SoftmaxGoal = 'lossBelow' | 'teacherTopAtMost';
export type ChallengeGoal = PQGoal | KLGoal | JointGoal | SplitGoal | SoftmaxGoal;

/** Which kind of widget a goal is checked on. */
export function widgetOfGoal(goal: ChallengeGoal): 'pq' | 'kl' | 'joint' | 'split' | 'softmax' {
  if (goal === 'reverseKlOptimum') return 'kl';
  if (goal === 'independent') return 'joint';
  if (goal === 'bestSplit') return 'split';
  if (goal === 'lossBelow' || goal === 'teacherTopAtMost') return 'softmax';
  return 'pq';
}

/**
 * Default thresholds, in the unit the widget shows: a goal speaks the widget's unit, so a
 * student never converts between the readout and the task.
 */
export const goalDefaults: Record<ChallengeGoal, number> = {
  klBelow: 0.05,
  maxEntropy: 0.01,
  reverseKlOptimum: 0.01,
  independent: 0.005,
  bestSplit: 0.001,
  lossBelow: 0.1,
  teacherTopAtMost: 0.6,
};

/** What the goal asks, for the prompt, in the unit the widget shows. */
export function goalText(goal: ChallengeGoal, unit: Unit, value = goalDefaults[goal]): string {
  const v = formatQuantity(value, unit);
  switch (goal) {
    case 'klBelow':
      return `D(P‖Q) below ${v}`;
    case 'maxEntropy':
      return `H(P) within ${v} of the largest possible`;
    case 'reverseKlOptimum':
      return `D(Q‖P) within ${v} of its smallest possible value`;
    case 'independent':
      return `I(X;Y) below ${v}`;
    case 'bestSplit':
      return `an information gain within ${v} of the largest any threshold reaches`;
    case 'lossBelow':
      return `a loss H(P,Q) below ${v} at temperature T = 1`;
    case 'teacherTopAtMost':
      return `the teacher’s top class at most ${formatNumber(value, 2)} after softening by T`;
  }
}

export interface GoalCheck {
  met: boolean;
  /** The deciding number, for the feedback. */
  text: string;
}

/** Whether a committed P/Q widget state meets the goal, measured in the widget's unit. */
export function checkPQGoal(state: PQState, goal: PQGoal, value = goalDefaults[goal]): GoalCheck {
  const { unit } = state;
  if (goal === 'klBelow') {
    // The readout's model (after smoothing), as the readout shows it.
    const kl = klDivergence(state.p, Array.from(pqMetrics(state).model), unit);
    return {
      met: kl < value,
      text: `D(P‖Q) = ${formatQuantity(kl, unit)} at your last release; the goal is below ${formatQuantity(value, unit)}.`,
    };
  }
  const h = entropy(state.p, unit);
  const best = fromNats(Math.log(state.p.length), unit);
  return {
    met: h >= best - value,
    text: `H(P) = ${formatQuantity(h, unit)} at your last release; the most any P on ${state.p.length} outcomes can have is ${formatQuantity(best, unit)}.`,
  };
}

/** Whether a committed logits-to-loss state meets the goal (the loss in the widget's unit). */
export function checkSoftmaxGoal(
  state: SoftmaxState,
  goal: SoftmaxGoal,
  value = goalDefaults[goal],
): GoalCheck {
  const m = softmaxMetrics(state);
  const t = `T = ${formatNumber(state.temperature, 2)}`;
  if (goal === 'lossBelow') {
    const atOne = state.temperature === 1;
    return {
      met: atOne && m.crossEntropy < value,
      text: `The loss was ${formatQuantity(m.crossEntropy, state.unit)} at ${t} at your last release; the goal is below ${formatQuantity(value, state.unit)}${atOne ? '' : ', with the temperature back at 1'}.`,
    };
  }
  if (!m.soft) {
    return {
      met: false,
      text: 'This widget has no teacher: the goal needs a distillation widget.',
    };
  }
  const top = Math.max(...m.soft);
  return {
    met: top <= value,
    text: `The teacher’s top class had ${formatNumber(top)} at ${t} at your last release; the goal is at most ${formatNumber(value, 2)}.`,
  };
}

const fitsCache = new WeakMap<Mixture, number>();

/** The smallest D(Q‖P) any single Gaussian reaches, in nats; cached per P (it costs a few ms). */
function bestReverseKl(p: Mixture): number {
  let best = fitsCache.get(p);
  if (best === undefined) {
    best = bestReverseFits(p)[0]?.kl ?? NaN;
    fitsCache.set(p, best);
  }
  return best;
}

/** Whether a committed KL explorer state meets the goal, measured in the widget's unit. */
export function checkKLGoal(state: KLState, goal: KLGoal, value = goalDefaults[goal]): GoalCheck {
  const { unit } = state;
  const kl = reverseKl(state.p, state.q, unit);
  const best = fromNats(bestReverseKl(state.p), unit);
  return {
    met: kl <= best + value,
    text: `D(Q‖P) = ${formatQuantity(kl, unit)} at your last release; the best single Gaussian reaches ${formatQuantity(best, unit)}.`,
  };
}

/**
 * Grades a committed state; a state that a best-fit button found is never the student's
 * solution, so it says how to finish the task instead.
 */
export function checkCommitted<S>(
  committed: Committed<S>,
  check: (state: S) => GoalCheck,
): GoalCheck {
  const result = check(committed.state);
  if (!committed.assisted || !result.met) return result;
  return {
    met: false,
    text: 'A button (Best Q, Make independent, Best split) put the widget there for you: now get there with your own moves (drag, or use the sliders’ keys).',
  };
}

/** Whether a committed joint table meets the goal, in the widget's unit. */
export function checkJointGoal(
  state: JointState,
  goal: JointGoal,
  value = goalDefaults[goal],
): GoalCheck {
  const mi = mutualInformation(state.joint, state.unit);
  return {
    met: mi < value,
    text: `I(X;Y) = ${formatQuantity(mi, state.unit)} at your last release; the goal is below ${formatQuantity(value, state.unit)}.`,
  };
}

/** Whether a committed split's threshold is (within `value` of) the best, in the widget's unit. */
export function checkSplitGoal(
  state: SplitState,
  goal: SplitGoal,
  value = goalDefaults[goal],
): GoalCheck {
  const gain = splitMetrics(state).informationGain;
  const best = fromNats(bestThreshold(state).gain, state.unit);
  return {
    met: gain >= best - value,
    text: `The gain is ${formatQuantity(gain, state.unit)} at your last release; the best threshold reaches ${formatQuantity(best, state.unit)}.`,
  };
}
