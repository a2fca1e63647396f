import { uMinusLog1p } from './log-terms';
import { fromNats } from './units';
import { checkGaussian } from './validate';
import type { Gaussian, Unit } from './types';

// Apart from gaussian.ts, which the KL explorer's densities need: the quiz uses this alone, and
// sharing one module would make the bundler split it into a chunk of its own on every page.

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
