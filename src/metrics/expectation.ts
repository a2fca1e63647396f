import { LOG_SQRT_2PI } from './gaussian';
import { integrate } from './quadrature';
import type { Kink, LogMixture } from './log-mixture';
import type { QuadratureOptions } from './quadrature';

/**
 * Expectations E[g(X)], X ~ N(mu, sigma^2), of log p(X) for a mixture p (and of its derivatives),
 * the building blocks of both continuous KLs. They are integrated in the standard coordinate
 * z = (x - mu) / sigma, so the weight is always the standard normal density and the range
 * |z| <= Z_MAX is fixed whatever mu and sigma are.
 */

// phi(10) ~ 8e-23, and |log p| grows only quadratically, so the tails beyond |z| = 10 contribute
// < 1e-15 even for sigma = 10 against a component of width 0.1 (|log p| ~ 1e6 there).
const Z_MAX = 10;
// Base panels: narrow near the centre where phi bends most, wide in the tails.
const Z_GRID = [-Z_MAX, -6, -3, -1.5, 0, 1.5, 3, 6, Z_MAX];

/**
 * Panel breakpoints in z: the base grid, p's component means, and at each kink of log p a
 * breakpoint plus a geometric ladder (width, 4 width, 16 width, ...) on both sides, so the first
 * panels are as narrow as the corner and adaptive bisection can see it (a corner narrower than the
 * node spacing is invisible to both rules of a panel, whose error estimate then looks perfect).
 */
function breakpoints(lm: LogMixture, kinks: Kink[], mu: number, sigma: number): number[] {
  const z = Z_GRID.slice();
  const add = (x: number): void => {
    const t = (x - mu) / sigma;
    if (t > -Z_MAX && t < Z_MAX) z.push(t);
  };
  for (let i = 0; i < lm.size; i++) add(lm.mu[i]!);
  for (const { at, width } of kinks) {
    add(at);
    for (let h = width; h < 0.5 * sigma; h *= 4) {
      add(at - h);
      add(at + h);
    }
  }
  return z.sort((a, b) => a - b);
}

const VALUE: QuadratureOptions = {
  dims: 1,
  controlled: 1,
  absTol: 1e-10,
  relTol: 1e-13,
  maxPanels: 400,
};

const out1 = new Float64Array(1);

/** E[log p(X)] for X ~ N(mu, sigma^2); `kinks` are lm.kinks(), passed in so callers compute them once. */
export function expectedLogPdf(lm: LogMixture, kinks: Kink[], mu: number, sigma: number): number {
  integrate(
    (z, out) => {
      out[0] = Math.exp(-0.5 * z * z - LOG_SQRT_2PI) * lm.logPdf(mu + sigma * z);
    },
    breakpoints(lm, kinks, mu, sigma),
    VALUE,
    out1,
  );
  return out1[0]!;
}

// Value and gradient are error-controlled (the optimiser's answer is only as good as its gradient);
// the second derivatives ride along on the same panels and only steer Newton steps.
const WITH_DERIVATIVES: QuadratureOptions = { ...VALUE, dims: 6, controlled: 3 };

const local = new Float64Array(3);

/**
 * For X = mu + sigma Z ~ N(mu, sigma^2), writes into out[0..5]
 * E[L], E[L'], E[Z L'], E[L''], E[Z L''], E[Z^2 L''] with L = log p and ' = d/dx: every
 * expectation the derivatives of D(Q||P) with respect to Q's mu and log sigma are built from.
 */
export function expectedLogPdfDerivatives(
  lm: LogMixture,
  kinks: Kink[],
  mu: number,
  sigma: number,
  out: Float64Array,
): void {
  integrate(
    (z, values) => {
      const phi = Math.exp(-0.5 * z * z - LOG_SQRT_2PI);
      lm.derivatives(mu + sigma * z, local);
      values[0] = phi * local[0]!;
      values[1] = phi * local[1]!;
      values[2] = phi * z * local[1]!;
      values[3] = phi * local[2]!;
      values[4] = phi * z * local[2]!;
      values[5] = phi * z * z * local[2]!;
    },
    breakpoints(lm, kinks, mu, sigma),
    WITH_DERIVATIVES,
    out,
  );
}
