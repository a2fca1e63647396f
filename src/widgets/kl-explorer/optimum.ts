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
  const global = fits.filter((f) => f.kl - best.kl <= TIE);
  const distance = (f: Fit) => Math.hypot(f.mu - q.mu, Math.log(f.sigma / q.sigma));
  const target = global.reduce((a, b) => (distance(b) < distance(a) ? b : a));
  return {
    target,
    mirrors: global.filter((f) => f !== target),
    local: fits.filter((f) => f.kl - best.kl > TIE),
  };
}

/** "Best Q for forward KL": the moment match, clamped to what the sliders can show. */
export function bestForward(p: Mixture): Gaussian {
  const fit = bestForwardFit(p);
  return { mu: clamp(fit.mu, MU_RANGE), sigma: clamp(fit.sigma, SIGMA_RANGE) };
}

/** One step of a descent: where Q goes next, and whether the descent has stopped. */
export interface DescentStep {
  q: Gaussian;
  done: boolean;
}

const H = 1e-5;
const RATE = 0.3;
const MAX_STEP = 0.25;
const TOLERANCE = 1e-4;

/**
 * One gradient-descent step on `f` in (mu, log sigma), with central finite differences and
 * backtracking so every step goes downhill. Log sigma keeps sigma positive and makes a step's size
 * mean the same at every width. Steps are capped so the animation shows the path, not a jump.
 */
export function descentStep(f: (q: Gaussian) => number, q: Gaussian): DescentStep {
  const t = Math.log(q.sigma);
  const at = (mu: number, logSigma: number) => f({ mu, sigma: Math.exp(logSigma) });
  const gMu = (at(q.mu + H, t) - at(q.mu - H, t)) / (2 * H);
  const gT = (at(q.mu, t + H) - at(q.mu, t - H)) / (2 * H);
  let dMu = -RATE * gMu;
  let dT = -RATE * gT;
  const length = Math.hypot(dMu, dT);
  if (length > MAX_STEP) {
    dMu *= MAX_STEP / length;
    dT *= MAX_STEP / length;
  }
  const current = f(q);
  for (let scale = 1; scale > 1e-4; scale /= 2) {
    const next = {
      mu: clamp(q.mu + scale * dMu, MU_RANGE),
      sigma: clamp(Math.exp(t + scale * dT), SIGMA_RANGE),
    };
    if (f(next) < current) {
      const moved = Math.hypot(next.mu - q.mu, Math.log(next.sigma / q.sigma));
      return { q: next, done: moved < TOLERANCE };
    }
  }
  return { q, done: true };
}
