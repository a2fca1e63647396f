import { logRatio } from './log-terms';
import { fromNats } from './units';
import { checkDistribution, checkSameLength, invalid } from './validate';
import type { Distribution, Unit } from './types';

/**
 * The evidence a stream of outcomes gives for P over Q: after each outcome x_1..x_n, the log
 * likelihood ratio sum_i log(p(x_i)/q(x_i)). Each term has mean D(P||Q) when the outcomes come
 * from P, so the running total grows like n D(P||Q) (the law of large numbers; Cover & Thomas,
 * ch. 11, on hypothesis testing). Starts at 0 before any outcome.
 */
export function evidencePath(
  p: Distribution,
  q: Distribution,
  outcomes: readonly number[],
  unit: Unit = 'nats',
): Float64Array {
  checkDistribution(p, 'p');
  checkDistribution(q, 'q');
  checkSameLength(p, q);
  const path = new Float64Array(outcomes.length + 1);
  outcomes.forEach((x, i) => {
    const px = p[x];
    if (px === undefined || !Number.isInteger(x)) invalid('outcome', x, 'be an index of p');
    if (px === 0) invalid('outcome', x, 'be an outcome P can produce');
    const step = q[x] === 0 ? Infinity : fromNats(logRatio(px, q[x]!), unit);
    path[i + 1] = path[i]! + step;
  });
  return path;
}

/**
 * A typical sequence of `n` outcomes of P with no randomness: outcome i is where the point
 * frac((i + 1) phi) falls in P's cumulative distribution (a golden-ratio low-discrepancy
 * sequence, Weyl), so every outcome turns up about n p(x) times, spread evenly, the same on
 * every build.
 */
export function typicalOutcomes(p: Distribution, n: number): number[] {
  checkDistribution(p, 'p');
  if (!Number.isInteger(n) || n < 0) invalid('n', n, 'be a whole number >= 0');
  const phi = (Math.sqrt(5) - 1) / 2;
  return Array.from({ length: n }, (_, i) => {
    const u = ((i + 1) * phi) % 1;
    let cumulative = 0;
    for (let x = 0; x < p.length; x++) {
      cumulative += p[x]!;
      if (u < cumulative && p[x]! > 0) return x;
    }
    // Rounding can leave the total a hair under 1: the last possible outcome.
    let last = p.length - 1;
    while (p[last] === 0) last--;
    return last;
  });
}
