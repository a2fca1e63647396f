import { checkFinite, invalid } from './validate';
import type { Unit } from './types';

/**
 * Everything is computed in nats (natural logarithms) and converted once at the end, so the two
 * units differ by exactly one division by ln 2 and a bits result is consistent with its nats twin.
 */

/** Throws unless `unit` is 'bits' or 'nats' (guards JavaScript callers and typos in lessons). */
export function checkUnit(unit: Unit): void {
  if (unit !== 'nats' && unit !== 'bits') invalid('unit', unit, "be 'bits' or 'nats'");
}

/** Converts an information quantity measured in nats to `unit`. */
export function fromNats(nats: number, unit: Unit = 'nats'): number {
  checkUnit(unit);
  return unit === 'bits' ? nats / Math.LN2 : nats;
}

/**
 * Perplexity of a model whose cross-entropy is `crossEntropyValue` in `unit`: e^H for nats, 2^H for
 * bits — the same number either way, the effective number of equally likely choices.
 */
export function perplexity(crossEntropyValue: number, unit: Unit = 'nats'): number {
  checkUnit(unit);
  // Infinity is a legitimate cross-entropy (q(x) = 0 where p(x) > 0) and gives perplexity Infinity.
  if (crossEntropyValue !== Infinity) checkFinite(crossEntropyValue, 'cross-entropy');
  return unit === 'bits' ? 2 ** crossEntropyValue : Math.exp(crossEntropyValue);
}
