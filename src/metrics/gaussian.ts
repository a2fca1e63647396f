import { checkFinite, checkGaussian } from './validate';
import type { Gaussian } from './types';

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
