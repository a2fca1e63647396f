import { CompensatedSum } from './sum';
import { fromNats } from './units';
import { checkNonEmpty, invalid } from './validate';
import type { Unit } from './types';

/**
 * A language model's loss on one text: for each position, the probability q it gave to the token
 * that actually came next. The loss of a token is its surprise -log q; the text's loss is their
 * mean, and e to that mean (in nats) is the perplexity.
 */

function checkTokenProbability(q: number, i: number): void {
  // q = 0 would make the loss infinite; a model's softmax never gives exactly 0.
  if (!(q > 0 && q <= 1)) invalid(`token probability at index ${i}`, q, 'be a number in (0, 1]');
}

/** -log q for each token, in `unit` (0 for a token the model was certain of). */
export function tokenLosses(q: ArrayLike<number>, unit: Unit = 'nats'): Float64Array {
  checkNonEmpty(q, 'token probabilities');
  const out = new Float64Array(q.length);
  for (let i = 0; i < q.length; i++) {
    checkTokenProbability(q[i]!, i);
    // `|| 0`: a certain token costs 0, not the -0 that -log(1) gives.
    out[i] = fromNats(-Math.log(q[i]!) || 0, unit);
  }
  return out;
}

/** The mean of -log q over the tokens: the per-token cross-entropy a framework reports. */
export function meanTokenLoss(q: ArrayLike<number>, unit: Unit = 'nats'): number {
  const losses = tokenLosses(q, 'nats');
  const acc = new CompensatedSum();
  for (const l of losses) acc.add(l);
  return fromNats(acc.value() / losses.length, unit);
}

/** The index of the token with the largest loss (the lowest q); the first one on a tie. */
export function costliestToken(q: ArrayLike<number>): number {
  checkNonEmpty(q, 'token probabilities');
  let worst = 0;
  for (let i = 0; i < q.length; i++) {
    checkTokenProbability(q[i]!, i);
    if (q[i]! < q[worst]!) worst = i;
  }
  return worst;
}
