import { uMinusLog1p } from './log-terms';
import { fromNats } from './units';
import { checkFinite, checkGaussian } from './validate';
import type { Gaussian, Unit } from './types';

/** log sqrt(2 pi), the normalising constant of the standard normal in log space. */
export const LOG_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** log N(x; mu, sigma^2) without validation, for inner loops. */
export function gaussianLogDensity(x: number, mu: number, sigma: number): number {
  const z = (x - mu) / sigma;
  return -0.5 * z * z - Math.log(sigma) - LOG_SQRT_2PI;
}

/** Density of N(g.mu, g.sigma^2) at x. */
export function gaussianPdf(x: number, g: Gaussian): number {
  checkFinite(x, 'x');
  checkGaussian(g, 'g');
  return Math.exp(gaussianLogDensity(x, g.mu, g.sigma));
}

/**
 * Closed form D(a||b) = log(sb/sa) + (sa^2 + (ma - mb)^2) / (2 sb^2) - 1/2, arranged as
 * (u - log(1 + u)) / 2 + ((ma - mb) / sb)^2 / 2 with u = sa^2/sb^2 - 1. For nearly equal widths
 * u comes from the exact difference sa - sb and the series in uMinusLog1p, so nearly equal
 * Gaussians give a small, accurate, never negative divergence instead of a rounding residue; for
 * very different widths log(1 + u) is taken as 2 log(sa/sb), as 1 + u is then inaccurate.
 */
export function gaussianKl(a: Gaussian, b: Gaussian, unit: Unit = 'nats'): number {
  checkGaussian(a, 'a');
  checkGaussian(b, 'b');
  const u = ((a.sigma - b.sigma) / b.sigma) * ((a.sigma + b.sigma) / b.sigma);
  const widths = Math.abs(u) < 0.5 ? uMinusLog1p(u) : u - 2 * Math.log(a.sigma / b.sigma);
  const d = (a.mu - b.mu) / b.sigma;
  return fromNats(0.5 * widths + 0.5 * d * d, unit);
}
