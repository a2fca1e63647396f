import { logSoftmax } from './softmax';
import { CompensatedSum } from './sum';
import { fromNats } from './units';
import { checkDistribution, invalid } from './validate';
import type { Distribution, Unit } from './types';

/**
 * Information measures of a model that outputs logits, Q = softmax(logits / T), computed from
 * log-probabilities (log-sum-exp), never by taking the log of a softmax: a class whose
 * probability underflows to 0 still has its exact, finite log-probability, so a loss at logits
 * of +-8 and T = 0.1 (a gap of 160 nats) comes out exact instead of Infinity.
 */

/** Options shared by the measures: softmax temperature (default 1) and the unit (default nats). */
export interface LogitOptions {
  temperature?: number;
  unit?: Unit;
}

function checkSameSize(p: Distribution, logits: ArrayLike<number>, name: string): void {
  if (p.length !== logits.length) {
    invalid(`length of ${name}`, p.length, `match the ${logits.length} logits`);
  }
}

/** -sum_x p(x) log q(x) with log q given; p(x) = 0 terms are left out (0 log 0 = 0). */
function weightedSurprise(p: Distribution, logQ: Float64Array): number {
  const acc = new CompensatedSum();
  for (let i = 0; i < logQ.length; i++) if (p[i]! > 0) acc.add(-p[i]! * logQ[i]!);
  return acc.value();
}

/**
 * H(P, Q) for Q = softmax(logits / T): the loss frameworks call cross-entropy. `target` is a
 * distribution over the classes (one-hot for a hard label, smoothed for label smoothing).
 */
export function crossEntropyFromLogits(
  target: Distribution,
  logits: ArrayLike<number>,
  { temperature = 1, unit = 'nats' }: LogitOptions = {},
): number {
  checkDistribution(target, 'target');
  const logQ = logSoftmax(logits, temperature);
  checkSameSize(target, logQ, 'target');
  return fromNats(weightedSurprise(target, logQ), unit);
}

/** H(Q) for Q = softmax(logits / T): how unsure the model is, whatever the right answer. */
export function entropyFromLogits(
  logits: ArrayLike<number>,
  { temperature = 1, unit = 'nats' }: LogitOptions = {},
): number {
  const logQ = logSoftmax(logits, temperature);
  const acc = new CompensatedSum();
  for (const l of logQ) if (l > -Infinity) acc.add(-Math.exp(l) * l);
  return fromNats(acc.value(), unit);
}

/**
 * D(P || Q) for P = softmax(teacher / T) and Q = softmax(student / T), the distillation loss
 * (Hinton et al., 2015, before its T^2 scaling). Each term p log(p/q) is formed from the two
 * log-probabilities, so neither ratio overflows.
 */
export function klFromLogits(
  teacherLogits: ArrayLike<number>,
  studentLogits: ArrayLike<number>,
  { temperature = 1, unit = 'nats' }: LogitOptions = {},
): number {
  const logP = logSoftmax(teacherLogits, temperature);
  const logQ = logSoftmax(studentLogits, temperature);
  if (logP.length !== logQ.length) {
    invalid('number of student logits', logQ.length, `match the ${logP.length} teacher logits`);
  }
  const acc = new CompensatedSum();
  for (let i = 0; i < logP.length; i++) {
    const p = Math.exp(logP[i]!);
    if (p > 0) acc.add(p * (logP[i]! - logQ[i]!));
  }
  // Rounding can leave -1e-17 for identical logits; the divergence is never negative.
  return fromNats(Math.max(0, acc.value()), unit);
}
