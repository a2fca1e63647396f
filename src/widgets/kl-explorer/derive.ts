import { fromNats, MixtureDivergences, type Mixture } from '../../metrics';
import { gaussianCurve, integrand, mixtureCurve } from './curves';
import type { KLState } from './state';

/** The numbers the widget shows for one state; all of them come from src/metrics. */
export interface KLMetrics {
  /** D(P||Q) in the state's unit. */
  forward: number;
  /** D(Q||P) in the state's unit. */
  reverse: number;
  /** The selected direction's integrand at each plotted x, in the state's unit. */
  integrand: Float64Array;
}

const cache = new WeakMap<KLState, KLMetrics>();

/**
 * What depends on P alone (its log-density, kinks and entropy), kept per P: dragging Q keeps the
 * same P object, so a move no longer integrates H(P) again. P was checked where it entered.
 */
const divergencesOf = new WeakMap<Mixture, MixtureDivergences>();
function divergences(p: Mixture): MixtureDivergences {
  let d = divergencesOf.get(p);
  if (!d) {
    d = new MixtureDivergences(p);
    divergencesOf.set(p, d);
  }
  return d;
}

/**
 * Derives the readout from a widget state. States are immutable and replaced on every change,
 * so caching by identity computes each state once however many components show it.
 */
export function klMetrics(state: KLState): KLMetrics {
  const cached = cache.get(state);
  if (cached) return cached;
  const { p, q, unit, direction } = state;
  const pc = mixtureCurve(p);
  const qc = gaussianCurve(q);
  const nats = direction === 'forward' ? integrand(pc, qc) : integrand(qc, pc);
  const metrics: KLMetrics = {
    forward: fromNats(divergences(p).forward(q), unit),
    reverse: fromNats(divergences(p).reverse(q), unit),
    integrand: unit === 'nats' ? nats : nats.map((v) => fromNats(v, unit)),
  };
  cache.set(state, metrics);
  return metrics;
}
