import { MIN_NORMAL } from './log-terms';
import { sum } from './sum';
import { checkDistribution, checkNonEmpty, checkNonNegativeEntries, invalid } from './validate';
import type { Distribution } from './types';

/** Scales non-negative weights (counts, scores, slider values) into a distribution that sums to 1. */
export function normalize(weights: ArrayLike<number>): Float64Array {
  checkNonEmpty(weights, 'weights');
  let t = checkNonNegativeEntries(weights, 'weight').value();
  if (t === 0) invalid('weights', 'all 0', 'include a weight > 0');
  const out = Float64Array.from(weights);
  // The total can overflow (many weights near 1e308) or be subnormal (weights near 1e-320), where
  // dividing by it would give Infinity or lose digits (an overflowing compensated sum reads NaN).
  // Dividing by the largest weight first keeps
  // every quotient in [0, 1] at the cost of one extra rounding, so it is only done when needed.
  if (!(t >= MIN_NORMAL && t <= Number.MAX_VALUE)) {
    const max = out.reduce((a, b) => Math.max(a, b));
    for (let i = 0; i < out.length; i++) out[i] = out[i]! / max;
    t = sum(out);
  }
  for (let i = 0; i < out.length; i++) out[i] = out[i]! / t;
  return out;
}

/**
 * (1 - epsilon) p + epsilon / n: p mixed with the uniform distribution, so every outcome keeps at
 * least epsilon / n. Applied to a training target it is label smoothing; applied to a model's
 * prediction it is additive (output) smoothing, which removes the zeros that make a KL infinite.
 */
export function mixWithUniform(p: Distribution, epsilon: number): Float64Array {
  checkDistribution(p);
  if (!(epsilon >= 0 && epsilon <= 1)) invalid('epsilon', epsilon, 'be a number in [0, 1]');
  const n = p.length;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (1 - epsilon) * p[i]! + epsilon / n;
  return out;
}

/**
 * The training target for true class `index` of `n` with label smoothing `epsilon`:
 * (1 - epsilon) one-hot + epsilon / n. At epsilon = 0 it is the one-hot target itself.
 */
export function smoothedOneHot(n: number, index: number, epsilon: number): Float64Array {
  if (!(Number.isInteger(n) && n >= 1)) invalid('number of classes', n, 'be an integer >= 1');
  if (!(Number.isInteger(index) && index >= 0 && index < n)) {
    invalid('true class', index, `be an integer from 0 to ${n - 1}`);
  }
  const oneHot = new Float64Array(n);
  oneHot[index] = 1;
  return mixWithUniform(oneHot, epsilon);
}
