import { logRatio } from './log-terms';
import { fromNats } from './units';
import { checkDistribution, checkSameLength } from './validate';
import type { Distribution, Unit } from './types';

/**
 * Per-outcome terms, for showing which outcome costs the most. With the same conventions as the
 * totals in discrete.ts: p(x) = 0 contributes 0, and q(x) = 0 < p(x) contributes Infinity.
 */

function checkPair(p: Distribution, q: Distribution): void {
  checkDistribution(p, 'p');
  checkDistribution(q, 'q');
  checkSameLength(p, q);
}

/** p(x) log(p(x)/q(x)) for each x: they add up to D(P||Q), and single terms may be negative. */
export function klTerms(p: Distribution, q: Distribution, unit: Unit = 'nats'): Float64Array {
  checkPair(p, q);
  return Float64Array.from({ length: p.length }, (_, i) => {
    const pi = p[i]!;
    const qi = q[i]!;
    if (pi === 0) return 0;
    return qi === 0 ? Infinity : fromNats(pi * logRatio(pi, qi), unit);
  });
}

/** -p(x) log q(x) for each x: they add up to H(P,Q), and every term is >= 0. */
export function crossEntropyTerms(
  p: Distribution,
  q: Distribution,
  unit: Unit = 'nats',
): Float64Array {
  checkPair(p, q);
  return Float64Array.from({ length: p.length }, (_, i) => {
    const pi = p[i]!;
    const qi = q[i]!;
    if (pi === 0) return 0;
    return qi === 0 ? Infinity : fromNats(-pi * Math.log(qi), unit);
  });
}

/**
 * The surprise -log p(x) of each outcome (its information content): Infinity for an outcome P
 * rules out. Entropy is the average surprise, H(P) = sum of p(x) times this.
 */
export function surprisals(p: Distribution, unit: Unit = 'nats'): Float64Array {
  checkDistribution(p, 'p');
  // `|| 0`: a certain outcome has surprise 0, not the -0 that -log(1) gives.
  return Float64Array.from(p, (pi) => (pi === 0 ? Infinity : fromNats(-Math.log(pi) || 0, unit)));
}
