import { CompensatedSum } from './sum';
import { fromNats } from './units';
import { checkDistribution, checkNonNegative } from './validate';
import type { Distribution, Unit } from './types';

/**
 * What code that writes `-(p * log(p + eps)).sum()` computes instead of H(P): the epsilon inside
 * the logarithm avoids log(0) but biases every term with p > 0 by -p log(1 + eps/p), about -eps.
 * The result is low by roughly eps times the number of possible outcomes (outcomes with p = 0
 * contribute 0 either way), which lessons compute rather than state.
 */
export function entropyWithLogFloor(p: Distribution, epsilon: number, unit: Unit = 'nats'): number {
  checkDistribution(p, 'p');
  checkNonNegative(epsilon, 'epsilon');
  const acc = new CompensatedSum();
  for (let i = 0; i < p.length; i++) {
    if (p[i]! > 0) acc.add(-p[i]! * Math.log(p[i]! + epsilon));
  }
  return fromNats(acc.value(), unit);
}
