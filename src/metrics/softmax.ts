import { CompensatedSum } from './sum';
import { checkNonEmpty, checkPositive, invalid } from './validate';

/**
 * Softmax with temperature, stabilised by the log-sum-exp shift: subtracting the largest logit
 * before exponentiating leaves the result unchanged mathematically but keeps every exponent <= 0,
 * so logits of 1000 or -1000 neither overflow to Infinity nor underflow every term to 0 (which
 * would give 0/0 = NaN). The shift is applied before dividing by the temperature so that a tiny
 * temperature cannot overflow a logit either.
 */

/** (logit - max logit) / temperature for each logit: all <= 0, the largest exactly 0. */
function shiftedScaled(logits: ArrayLike<number>, temperature: number): Float64Array {
  checkNonEmpty(logits, 'logits');
  checkPositive(temperature, 'temperature');
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) {
    const x = logits[i]!;
    if (!Number.isFinite(x)) invalid(`logit at index ${i}`, x, 'be a finite number');
    if (x > max) max = x;
  }
  const z = new Float64Array(logits.length);
  for (let i = 0; i < z.length; i++) z[i] = (logits[i]! - max) / temperature;
  return z;
}

/** softmax(x / T)_i = exp(x_i / T) / sum_j exp(x_j / T), a Distribution that sums to 1. */
export function softmax(logits: ArrayLike<number>, temperature = 1): Float64Array {
  const z = shiftedScaled(logits, temperature);
  const total = new CompensatedSum();
  for (let i = 0; i < z.length; i++) {
    z[i] = Math.exp(z[i]!);
    total.add(z[i]!);
  }
  // total >= 1 because the largest term is exp(0).
  const t = total.value();
  for (let i = 0; i < z.length; i++) z[i] = z[i]! / t;
  return z;
}

/**
 * log softmax(x / T)_i = x_i / T - log sum_j exp(x_j / T), computed without exponentiating and
 * taking logs again, so very unlikely classes get their true (very negative) log-probability rather
 * than log(0) = -Infinity, and a near-certain class its true tiny negative one rather than 0.
 */
export function logSoftmax(logits: ArrayLike<number>, temperature = 1): Float64Array {
  const z = shiftedScaled(logits, temperature);
  // log sum_j e^{z_j} = log1p(sum of the others), as one z is exactly 0: when the others are tiny
  // (a confident model) log1p keeps them, where log(1 + tiny) would round them away and call the
  // top class's log-probability exactly 0.
  const top = z.indexOf(0);
  const others = new CompensatedSum();
  for (let i = 0; i < z.length; i++) if (i !== top) others.add(Math.exp(z[i]!));
  const logTotal = Math.log1p(others.value());
  for (let i = 0; i < z.length; i++) z[i] = z[i]! - logTotal;
  return z;
}
