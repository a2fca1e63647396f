import { bestReverseFits, entropy, klDivergence, reverseKl } from '../metrics';
import type { Mixture } from '../metrics';
import { pqMetrics } from '../widgets/pq-bars/derive';
import type { PQState } from '../widgets/pq-bars/state';
import type { KLState } from '../widgets/kl-explorer/state';
import { formatQuantity } from '../widgets/shared/format';

/** Goals on a P/Q bar widget. */
export type PQGoal = 'klBelow' | 'maxEntropy';
/** Goals on a KL explorer: Q at (within `value` bits of) the best reverse-KL fit. */
export type KLGoal = 'reverseKlOptimum';
export type ChallengeGoal = PQGoal | KLGoal;

/** Default thresholds, in bits. */
export const goalDefaults: Record<ChallengeGoal, number> = {
  klBelow: 0.05,
  maxEntropy: 0.01,
  reverseKlOptimum: 0.01,
};

export function isKLGoal(goal: ChallengeGoal): goal is KLGoal {
  return goal === 'reverseKlOptimum';
}

/** What the goal asks, for the prompt. */
export function goalText(goal: ChallengeGoal, value = goalDefaults[goal]): string {
  const v = formatQuantity(value, 'bits');
  switch (goal) {
    case 'klBelow':
      return `D(P‖Q) below ${v}`;
    case 'maxEntropy':
      return `H(P) within ${v} of the largest possible`;
    case 'reverseKlOptimum':
      return `D(Q‖P) within ${v} of its smallest possible value`;
  }
}

export interface GoalCheck {
  met: boolean;
  /** The deciding number, for the feedback. */
  text: string;
}

/** Whether a committed P/Q widget state meets the goal; everything measured in bits. */
export function checkPQGoal(state: PQState, goal: PQGoal, value = goalDefaults[goal]): GoalCheck {
  if (goal === 'klBelow') {
    // The readout's model (after label smoothing), in bits whatever unit the widget shows.
    const kl = klDivergence(state.p, Array.from(pqMetrics(state).model), 'bits');
    return {
      met: kl < value,
      text: `D(P‖Q) = ${formatQuantity(kl, 'bits')} at your last release; the goal is below ${formatQuantity(value, 'bits')}.`,
    };
  }
  const h = entropy(state.p, 'bits');
  const best = Math.log2(state.p.length);
  return {
    met: h >= best - value,
    text: `H(P) = ${formatQuantity(h, 'bits')} at your last release; the most any P on ${state.p.length} outcomes can have is ${formatQuantity(best, 'bits')}.`,
  };
}

const fitsCache = new WeakMap<Mixture, number>();

/** The smallest D(Q‖P) any single Gaussian reaches, in bits; cached per P (it costs a few ms). */
function bestReverseKl(p: Mixture): number {
  let best = fitsCache.get(p);
  if (best === undefined) {
    best = (bestReverseFits(p)[0]?.kl ?? NaN) / Math.LN2;
    fitsCache.set(p, best);
  }
  return best;
}

/** Whether a committed KL explorer state meets the goal; measured in bits. */
export function checkKLGoal(state: KLState, goal: KLGoal, value = goalDefaults[goal]): GoalCheck {
  const kl = reverseKl(state.p, state.q, 'bits');
  const best = bestReverseKl(state.p);
  return {
    met: kl <= best + value,
    text: `D(Q‖P) = ${formatQuantity(kl, 'bits')} at your last release; the best single Gaussian reaches ${formatQuantity(best, 'bits')}.`,
  };
}
