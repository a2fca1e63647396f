import { reverseKl } from './continuous';
import { bestForwardFit, bestReverseFits } from './fit';
import { checkMixture } from './validate';
import type { Gaussian, Mixture } from './types';

/**
 * Plain gradient descent on a divergence over single Gaussians Q = N(mu, sigma^2), the way the
 * KL explorer's "Descend" button moves Q: small capped steps, so a student can watch the path,
 * and so it stops in whichever basin it starts in, unlike the Newton search of fit.ts, which
 * looks for every minimum.
 */

/** Bounds on Q's parameters, such as the ranges of the explorer's sliders. */
export interface GaussianBounds {
  mu: { min: number; max: number };
  sigma: { min: number; max: number };
}

const unbounded: GaussianBounds = {
  mu: { min: -Infinity, max: Infinity },
  sigma: { min: 0, max: Infinity },
};

const clamp = (x: number, { min, max }: { min: number; max: number }) =>
  Math.min(max, Math.max(min, x));

/** Finite-difference width for the gradient, in mu and log sigma. */
const H = 1e-5;
const RATE = 0.3;
/** The longest step, in mu and log sigma together: the animation shows a path, not a jump. */
const MAX_STEP = 0.25;
/** A step shorter than this ends the descent. */
const TOLERANCE = 1e-4;
/** A descent that has not converged by then stops anyway (the explorer animates one a frame). */
const MAX_STEPS = 400;

/** One step of a descent: where Q goes next, and whether the descent has stopped. */
export interface DescentStep {
  q: Gaussian;
  done: boolean;
}

/**
 * One gradient-descent step on `f` in (mu, log sigma), with central finite differences and
 * backtracking so every step goes downhill. Log sigma keeps sigma positive and makes a step's size
 * mean the same at every width.
 */
export function descentStep(
  f: (q: Gaussian) => number,
  q: Gaussian,
  bounds: GaussianBounds = unbounded,
): DescentStep {
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
      mu: clamp(q.mu + scale * dMu, bounds.mu),
      sigma: clamp(Math.exp(t + scale * dT), bounds.sigma),
    };
    if (f(next) < current) {
      const moved = Math.hypot(next.mu - q.mu, Math.log(next.sigma / q.sigma));
      return { q: next, done: moved < TOLERANCE };
    }
  }
  return { q, done: true };
}

/** Every point of a descent from `from`, one per step, ending where it stops. */
export function* descentPath(
  f: (q: Gaussian) => number,
  from: Gaussian,
  bounds: GaussianBounds = unbounded,
): Generator<Gaussian, void> {
  let q = from;
  for (let steps = 1; steps <= MAX_STEPS; steps++) {
    const next = descentStep(f, q, bounds);
    q = next.q;
    yield q;
    if (next.done) return;
  }
}

/** A whole descent from `from`: where it stops and after how many steps. */
export function descend(
  f: (q: Gaussian) => number,
  from: Gaussian,
  bounds: GaussianBounds = unbounded,
): { q: Gaussian; steps: number } {
  let q = from;
  let steps = 0;
  for (const point of descentPath(f, from, bounds)) {
    q = point;
    steps++;
  }
  return { q, steps };
}

/** Two divergences closer than this (in nats) count as the same minimum. */
const SAME_VALUE = 1e-3;

/**
 * Where a reverse-KL descent starting at width `sigma` stops falling into a worse local minimum
 * and starts reaching a best fit: the smallest distance d from P's mean such that a start at
 * mean + d ends at a global minimum of D(Q||P). Found by bisection to 0.001, assuming (as for the
 * mixtures the lessons use) that starts further out only reach a best fit more easily. Undefined
 * when every start reaches a best fit (no worse minimum exists) or none within three spreads does.
 */
export function reverseDescentEdge(p: Mixture, sigma: number): number | undefined {
  checkMixture(p);
  const fits = bestReverseFits(p);
  const best = fits[0]!.kl;
  if (fits.every((fit) => fit.kl - best < SAME_VALUE)) return undefined;
  // P's mean and standard deviation: the forward fit is the moment match.
  const { mu: mean, sigma: spread } = bestForwardFit(p);
  const f = (q: Gaussian) => reverseKl(p, q);
  const reachesBest = (d: number) => f(descend(f, { mu: mean + d, sigma }).q) - best < SAME_VALUE;
  let low = 0;
  let high = 3 * spread;
  if (!reachesBest(high)) return undefined;
  while (high - low > 1e-3) {
    const mid = (low + high) / 2;
    if (reachesBest(mid)) high = mid;
    else low = mid;
  }
  return high;
}
