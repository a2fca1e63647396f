import {
  crossEntropyFromLogits,
  entropyFromLogits,
  klFromLogits,
  perplexity,
  smoothedOneHot,
  softmax,
} from '../../metrics';
import type { SoftmaxState } from './state';

/** The numbers the widget shows for one state; all of them come from src/metrics. */
export interface SoftmaxMetrics {
  /** The model's prediction Q = softmax(logits / T). */
  q: Float64Array;
  /** The training target P: one-hot on the true class, label-smoothed by epsilon. */
  target: Float64Array;
  /** H(P, Q), the loss, in the state's unit; computed by log-sum-exp, never log of a softmax. */
  crossEntropy: number;
  /** H(Q): how unsure the model is, whatever the right answer. */
  entropy: number;
  /** e^(loss in nats): the effective number of equally likely choices. */
  perplexity: number;
  /** Distillation only: the soft targets softmax(teacher / T). */
  soft?: Float64Array;
  /** Distillation only: D(teacher_T || student_T) in the state's unit. */
  klDivergence?: number;
  /** Distillation only: T^2 D, the loss training minimises (the factor keeps the gradients' size). */
  scaledKl?: number;
}

const cache = new WeakMap<SoftmaxState, SoftmaxMetrics>();

/**
 * Derives the readout from a widget state. States are immutable and replaced on every change,
 * so caching by identity computes each state once however many components show it.
 */
export function softmaxMetrics(state: SoftmaxState): SoftmaxMetrics {
  const cached = cache.get(state);
  if (cached) return cached;
  const { logits, temperature, unit, teacher } = state;
  const options = { temperature, unit };
  const target = smoothedOneHot(logits.length, state.target, state.epsilon);
  const lossNats = crossEntropyFromLogits(target, logits, { temperature });
  const metrics: SoftmaxMetrics = {
    q: softmax(logits, temperature),
    target,
    crossEntropy: crossEntropyFromLogits(target, logits, options),
    entropy: entropyFromLogits(logits, options),
    perplexity: perplexity(lossNats),
  };
  if (teacher) {
    metrics.soft = softmax(teacher, temperature);
    metrics.klDivergence = klFromLogits(teacher, logits, options);
    metrics.scaledKl = temperature * temperature * metrics.klDivergence;
  }
  cache.set(state, metrics);
  return metrics;
}
