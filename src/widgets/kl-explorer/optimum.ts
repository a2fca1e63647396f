import { bestForwardFit, bestReverseFits, type Gaussian, type Mixture } from '../../metrics';
import { MU_RANGE, SIGMA_RANGE, clamp } from './state';

type Fit = Gaussian & { kl: number };

/** Two minima whose divergences differ by less than this are equally good (mirror images). */
const TIE = 1e-6;

const reverseCache = new WeakMap<Mixture, Fit[]>();

/** Every local minimum of D(Q||P), lowest first; cached per mixture (they cost a few ms). */
export function reverseFits(p: Mixture): Fit[] {
  let fits = reverseCache.get(p);
  if (!fits) {
    fits = bestReverseFits(p);
    reverseCache.set(p, fits);
  }
  return fits;
}

/** Whether a minimum is as good as the best of `fits` (lowest first): a global one. */
export function isGlobal(fit: Fit, fits: readonly Fit[]): boolean {
  return fit.kl - fits[0]!.kl <= TIE;
}

/** Where "Best Q for reverse KL" goes, and the equally good optima it did not pick. */
export interface ReverseChoice {
  target: Fit;
  /** Other global minima (e.g. the mirror image for a symmetric P). */
  mirrors: Fit[];
  /** Worse local minima, where a descent can get stuck. */
  local: Fit[];
}

/**
 * The global reverse-KL optimum nearest the current Q (by mean, then width). Among equally good
 * optima, the student's Q decides, as a descent from there would; worse local minima (like the
 * broad fit between two modes) are never the "best" one.
 */
export function bestReverseNear(p: Mixture, q: Gaussian): ReverseChoice | undefined {
  const fits = reverseFits(p);
  const best = fits[0];
  if (!best) return undefined;
  const global = fits.filter((f) => isGlobal(f, fits));
  const distance = (f: Fit) => Math.hypot(f.mu - q.mu, Math.log(f.sigma / q.sigma));
  const target = global.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return {
    target,
    mirrors: global.filter((f) => f !== target),
    local: fits.filter((f) => !isGlobal(f, fits)),
  };
}

/** "Best Q for forward KL": the moment match, clamped to what the sliders can show. */
export function bestForward(p: Mixture): Gaussian {
  const fit = bestForwardFit(p);
  return { mu: clamp(fit.mu, MU_RANGE), sigma: clamp(fit.sigma, SIGMA_RANGE) };
}
