import { expectedLogPdfDerivatives } from './expectation';
import { LOG_SQRT_2PI } from './gaussian';
import { LogMixture } from './log-mixture';
import { checkMixture } from './validate';
import type { Kink } from './log-mixture';
import type { Gaussian, Mixture } from './types';

/**
 * The single Gaussians that best approximate a mixture P in each direction of the KL divergence.
 */

/**
 * argmin_Q D(P||Q) over Gaussians Q: matching P's mean and variance is exact (set the derivatives
 * of the closed-form cross-entropy E_P[-log q] to zero), so Q covers every mode of P.
 * Variance = sum_i w_i (sigma_i^2 + (mu_i - mean)^2), the law of total variance, in centred form.
 */
export function bestForwardFit(p: Mixture): Gaussian {
  checkMixture(p);
  let mean = 0;
  for (const c of p) mean += c.weight * c.mu;
  let variance = 0;
  for (const c of p) variance += c.weight * (c.sigma * c.sigma + (c.mu - mean) ** 2);
  return { mu: mean, sigma: Math.sqrt(variance) };
}

/** A local minimum of D(Q||P): Q's parameters and the divergence there in nats. */
type ReverseFit = Gaussian & { kl: number };

/** Minima closer than this in both mu and sigma are one minimum reached from two starts. */
const SAME_MINIMUM = 1e-3;
const MAX_ITERATIONS = 60;
/**
 * A Newton step shorter than this (in mu / scale and log sigma) means converged: far below the 1e-4
 * the lessons need, and above the ~1e-9 jitter the quadrature's error leaves in the gradient.
 */
const STEP_TOLERANCE = 1e-8;

/**
 * D(Q||P) at Q = N(mu, e^{2t}) with its gradient and Hessian, in the coordinates (a, t) with
 * mu = a * scale and t = log sigma. Dividing mu by P's overall spread makes both coordinates O(1),
 * so one step cap and one eigenvector test serve every mixture whatever its units.
 */
interface Evaluation {
  value: number;
  gradient: [number, number];
  /** [d2/da2, d2/da dt, d2/dt2] */
  hessian: [number, number, number];
}

const e = new Float64Array(6);

/**
 * D(Q||P) = -H(Q) - E_Q[log p] with H(Q) = 1/2 + t + log sqrt(2 pi). Differentiating under the
 * integral, with x = mu + sigma z and L = log p:
 *   d/dmu = -E[L'],               d/dt = -1 - sigma E[z L'],
 *   d2/dmu2 = -E[L''],  d2/dmu dt = -sigma E[z L''],  d2/dt2 = -sigma E[z L'] - sigma^2 E[z^2 L''].
 */
function evaluate(lm: LogMixture, kinks: Kink[], scale: number, a: number, t: number): Evaluation {
  const sigma = Math.exp(t);
  expectedLogPdfDerivatives(lm, kinks, a * scale, sigma, e);
  return {
    value: -(0.5 + t + LOG_SQRT_2PI) - e[0]!,
    gradient: [-scale * e[1]!, -1 - sigma * e[2]!],
    hessian: [
      -scale * scale * e[3]!,
      -scale * sigma * e[4]!,
      -sigma * e[2]! - sigma * sigma * e[5]!,
    ],
  };
}

/** Smallest eigenvalue of the symmetric [[p, q], [q, r]] and a unit eigenvector for it. */
function lowestEigen(p: number, q: number, r: number): { value: number; vector: [number, number] } {
  const value = 0.5 * (p + r) - Math.hypot(0.5 * (p - r), q);
  // (q, value - p) and (value - r, q) are both eigenvectors (or zero); the longer is more accurate.
  const [x, y] =
    Math.hypot(q, value - p) >= Math.hypot(value - r, q) ? [q, value - p] : [value - r, q];
  const length = Math.hypot(x, y);
  return { value, vector: length > 0 ? [x / length, y / length] : [1, 0] };
}

/**
 * Modified Newton descent from (mu, sigma) to a local minimum of D(Q||P), or undefined if none is
 * reached. Where the Hessian is not positive definite it is shifted until it is (Levenberg–
 * Marquardt), and at a saddle, where that step stalls, the step follows the direction of negative
 * curvature instead: started exactly between two mirror-image modes the gradient is zero, and
 * plain Newton would stop on the saddle. Backtracking (Armijo) makes every step go downhill.
 * (J. Nocedal, S. Wright, "Numerical Optimization", 2nd ed., Springer 2006, §3.4 and §3.5.)
 */
function descend(
  lm: LogMixture,
  kinks: Kink[],
  scale: number,
  start: Gaussian,
): ReverseFit | undefined {
  let a = start.mu / scale;
  let t = Math.log(start.sigma);
  let current = evaluate(lm, kinks, scale, a, t);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    const [g0, g1] = current.gradient;
    const [p, q, r] = current.hessian;
    const lowest = lowestEigen(p, q, r);
    const norm = Math.abs(p) + 2 * Math.abs(q) + Math.abs(r);
    const convex = lowest.value > 1e-10 * norm;
    const shift = convex ? 0 : 1e-3 * norm - lowest.value;
    const det = (p + shift) * (r + shift) - q * q;
    let d0 = -((r + shift) * g0 - q * g1) / det;
    let d1 = -((p + shift) * g1 - q * g0) / det;
    if (!convex && Math.hypot(d0, d1) < 0.1) {
      const sign = g0 * lowest.vector[0] + g1 * lowest.vector[1] > 0 ? -1 : 1;
      d0 += 0.5 * sign * lowest.vector[0];
      d1 += 0.5 * sign * lowest.vector[1];
    }
    // Cap a step at one P-spread in mu and a factor e in sigma: the quadratic model is only local.
    const longest = Math.max(Math.abs(d0), Math.abs(d1));
    if (longest > 1) {
      d0 /= longest;
      d1 /= longest;
    }
    const found = { mu: a * scale, sigma: Math.exp(t), kl: Math.max(0, current.value) };
    if (convex && longest < STEP_TOLERANCE) return found;
    const slope = g0 * d0 + g1 * d1;
    let step = 1;
    let next = evaluate(lm, kinks, scale, a + d0, t + d1);
    while (!(next.value <= current.value + 1e-4 * step * slope)) {
      step /= 2;
      // No decrease along a descent direction: the quadrature's last digits are all that is left.
      if (step < 1e-9) return convex ? found : undefined;
      next = evaluate(lm, kinks, scale, a + step * d0, t + step * d1);
    }
    // A convex point where even an accepted step no longer lowers D is as converged as it gets.
    if (convex && !(next.value < current.value)) return found;
    a += step * d0;
    t += step * d1;
    current = next;
  }
  return undefined;
}

/**
 * The local minima of D(Q||P) over Gaussians Q, lowest divergence first, each with its divergence
 * `kl` in nats. Reverse KL is mode seeking, so a multimodal P usually has one minimum per
 * separated mode (plus possibly a broad one): descents start from every component of P and from the
 * moment match, and minima that coincide within 1e-3 are merged.
 */
export function bestReverseFits(p: Mixture): Array<Gaussian & { kl: number }> {
  const forward = bestForwardFit(p); // also validates p
  const lm = new LogMixture(p);
  const kinks = lm.kinks();
  const fits: ReverseFit[] = [];
  for (const start of [...p.filter((c) => c.weight > 0), forward]) {
    const fit = descend(lm, kinks, forward.sigma, start);
    if (fit === undefined) continue;
    const twin = fits.findIndex(
      (f) =>
        Math.abs(f.mu - fit.mu) <= SAME_MINIMUM && Math.abs(f.sigma - fit.sigma) <= SAME_MINIMUM,
    );
    if (twin < 0) fits.push(fit);
    else if (fit.kl < fits[twin]!.kl) fits[twin] = fit;
  }
  return fits.sort((x, y) => x.kl - y.kl);
}
