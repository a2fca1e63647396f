import { gaussianLogDensity } from './gaussian';
import { LogMixture } from './log-mixture';
import { checkFinite, checkMixture } from './validate';
import type { Mixture } from './types';

/** Density of the mixture at x: sum of weight * N(x; mu, sigma^2). */
export function mixturePdf(x: number, m: Mixture): number {
  checkFinite(x, 'x');
  checkMixture(m);
  let density = 0;
  for (const c of m) density += c.weight * Math.exp(gaussianLogDensity(x, c.mu, c.sigma));
  return density;
}

/**
 * log of the mixture density at x, by log-sum-exp. Far in the tails every component density
 * underflows to 0 and log(mixturePdf) is -Infinity, while this stays finite and accurate
 * (about -(x - mu)^2 / (2 sigma^2) for the widest component).
 */
export function mixtureLogPdf(x: number, m: Mixture): number {
  checkFinite(x, 'x');
  checkMixture(m);
  return new LogMixture(m).logPdf(x);
}
