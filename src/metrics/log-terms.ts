/**
 * The logarithmic terms of the divergences, written so that they keep full relative accuracy where
 * the textbook formulas cancel: nearly equal arguments (the interesting case for D(P||Q) near
 * P = Q, or I(X;Y) near independence) and extreme ones (probabilities near 1e-320).
 */

/** Smallest positive normal double: quotients below it are subnormal and lose digits. */
export const MIN_NORMAL = 2.2250738585072014e-308;

/**
 * log(a / b) for finite a > 0, b > 0.
 * - Within a factor of 2, a - b is exact (Sterbenz's lemma), so log1p((a - b) / b) is accurate even
 *   when the log is tiny, where log(a / b) would have rounded a / b to within 1e-16 of 1.
 * - When a / b overflows, underflows or is subnormal (a = 1, b = 1e-320), the difference of two
 *   logs is used instead, so extreme probabilities never give Infinity, 0 or lost digits.
 */
export function logRatio(a: number, b: number): number {
  const r = a / b;
  if (r > 0.5 && r < 2) return Math.log1p((a - b) / b);
  if (r >= MIN_NORMAL && r <= Number.MAX_VALUE) return Math.log(r);
  return Math.log(a) - Math.log(b);
}

/** Coefficients (-1)^i / (i + 2) of u - log(1 + u) = u^2 sum_i (-1)^i u^i / (i + 2), for Horner. */
const SERIES = Float64Array.from({ length: 16 }, (_, i) => (i % 2 === 0 ? 1 : -1) / (i + 2));

/**
 * u - log(1 + u) for u > -1: >= 0, and ~u^2/2 for small u, where subtracting two nearly equal
 * numbers would lose most digits; the Taylor series is used there instead. For |u| <= 0.1 its 16
 * terms leave a remainder below 1e-17 of the leading one.
 */
export function uMinusLog1p(u: number): number {
  if (Math.abs(u) > 0.1) return u - Math.log1p(u);
  let sum = 0;
  for (let i = SERIES.length - 1; i >= 0; i--) sum = SERIES[i]! + u * sum;
  return u * u * sum;
}

/**
 * a log(a / b) - a + b for a >= 0, b > 0: the term of the generalised KL divergence, never
 * negative, with a smooth minimum 0 at a = b (and the value b at a = 0, its limit). `bLow`, if
 * given, is a tiny correction to b (b + bLow being the exact value) that enters b - a exactly.
 *
 * Divergences are summed from these rather than from a log(a / b) directly because, near a = b,
 * the plain terms are ~(a - b) with both signs and cancel to a total of ~(a - b)^2, while these
 * are all ~(a - b)^2 / 2a >= 0 and cannot cancel. The (a - b) parts they leave out sum to exactly
 * 0 or are added separately where they sum exactly.
 */
export function klTerm(a: number, b: number, bLow = 0): number {
  if (a === 0) return b + bLow;
  // With u = b/a - 1 the term is a (u - log(1 + u)); within a factor of 2, b - a is exact.
  const difference = b - a + bLow;
  const u = difference / a;
  if (u > -0.5 && u < 1) return a * uMinusLog1p(u);
  // Further apart the result is at least a quarter of the larger part: no harmful cancellation.
  return a * logRatio(a, b) + difference;
}
