import { expectedLogPdf } from './expectation';
import { LOG_SQRT_2PI } from './gaussian';
import { LogMixture } from './log-mixture';
import { fromNats } from './units';
import { checkGaussian, checkMixture } from './validate';
import type { Gaussian, Mixture, Unit } from './types';

/**
 * KL divergences between a Gaussian mixture P and a single Gaussian Q, the pair the "mode covering
 * vs mode seeking" widget drags around. Each is split into a closed-form part and one-dimensional
 * Gaussian expectations of log p, which are integrated in log space (see expectation.ts), so
 * neither underflows when Q sits far out in P's tails.
 */

/**
 * D(P||Q) = E_P[log p] - E_P[log q]. The second term is closed form, because log q is a quadratic
 * and P's first two moments are known: E_P[log q] = sum_i w_i (-log sq - log sqrt(2 pi)
 * - (s_i^2 + (m_i - mq)^2) / (2 sq^2)). The first is -H(P), one quadrature per component.
 */
export function forwardKl(p: Mixture, q: Gaussian, unit: Unit = 'nats'): number {
  checkMixture(p);
  checkGaussian(q, 'q');
  const lm = new LogMixture(p);
  const kinks = lm.kinks();
  let negativeEntropy = 0;
  let expectedLogQ = 0;
  for (const c of p) {
    if (c.weight === 0) continue;
    negativeEntropy += c.weight * expectedLogPdf(lm, kinks, c.mu, c.sigma);
    const z = (c.mu - q.mu) / q.sigma;
    const r = c.sigma / q.sigma;
    expectedLogQ += c.weight * (-Math.log(q.sigma) - LOG_SQRT_2PI - 0.5 * (r * r + z * z));
  }
  // D >= 0 mathematically; near P = Q the difference may round a hair below 0.
  return fromNats(Math.max(0, negativeEntropy - expectedLogQ), unit);
}

/**
 * D(Q||P) = -H(Q) - E_Q[log p], with the Gaussian entropy H(Q) = 1/2 + log sq + log sqrt(2 pi)
 * closed form and E_Q[log p] one quadrature.
 */
export function reverseKl(p: Mixture, q: Gaussian, unit: Unit = 'nats'): number {
  checkMixture(p);
  checkGaussian(q, 'q');
  const lm = new LogMixture(p);
  const entropyQ = 0.5 + Math.log(q.sigma) + LOG_SQRT_2PI;
  const d = -entropyQ - expectedLogPdf(lm, lm.kinks(), q.mu, q.sigma);
  return fromNats(Math.max(0, d), unit);
}
