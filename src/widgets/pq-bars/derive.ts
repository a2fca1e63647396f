import {
  crossEntropy,
  crossEntropyTerms,
  entropy,
  klDivergence,
  klTerms,
  mixWithUniform,
} from '../../metrics';
import type { PQState } from './state';

/** The numbers the widget shows for one state; all of them come from src/metrics. */
export interface PQMetrics {
  /** The Q the readout uses: the student's Q after smoothing. */
  model: ArrayLike<number>;
  entropy: number;
  crossEntropy: number;
  klDivergence: number;
  /** Outcomes that P allows and the model rules out: these make the KL infinite. */
  impossible: number[];
}

const cache = new WeakMap<PQState, PQMetrics>();

/**
 * Derives the readout from a widget state. States are immutable and replaced on every change,
 * so caching by identity computes each state once however many components show it.
 */
export function pqMetrics(state: PQState): PQMetrics {
  const cached = cache.get(state);
  if (cached) return cached;
  const { p, q, unit, epsilon } = state;
  const model = epsilon > 0 ? mixWithUniform(q, epsilon) : q;
  const metrics: PQMetrics = {
    model,
    entropy: entropy(p, unit),
    crossEntropy: crossEntropy(p, model, unit),
    klDivergence: klDivergence(p, model, unit),
    impossible: p.flatMap((px, i) => (px > 0 && model[i] === 0 ? [i] : [])),
  };
  cache.set(state, metrics);
  return metrics;
}

/** Each outcome's share of the readout's totals, for the per-outcome table. */
export interface PQTerms {
  /** Each outcome's p(x) log(p(x)/q(x)), which add up to D(P||Q). */
  klTerms: ArrayLike<number>;
  /** Each outcome's -p(x) log q(x), which add up to H(P,Q). */
  crossEntropyTerms: ArrayLike<number>;
}

const termsCache = new WeakMap<PQState, PQTerms>();

/**
 * The per-outcome terms of a state. Apart from pqMetrics because only the table needs them,
 * and it trails a drag: a pointer move computes none of this.
 */
export function pqTerms(state: PQState): PQTerms {
  const cached = termsCache.get(state);
  if (cached) return cached;
  const { p, unit } = state;
  const { model } = pqMetrics(state);
  const terms: PQTerms = {
    klTerms: klTerms(p, model, unit),
    crossEntropyTerms: crossEntropyTerms(p, model, unit),
  };
  termsCache.set(state, terms);
  return terms;
}
