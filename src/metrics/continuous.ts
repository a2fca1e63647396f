import { expectedLogPdf } from './expectation';
import { LOG_SQRT_2PI } from './gaussian';
import { LogMixture, type Kink } from './log-mixture';
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
 * Both divergences between one mixture P and any number of Gaussians Q (a landscape of them):
 * what depends on P alone is prepared once. In nats. P is not checked here; it must already
 * be a valid mixture (checkMixture), as it is where it entered the page.
 */
export class MixtureDivergences {
  private readonly lm: LogMixture;
  private readonly kinks: Kink[];
  /** -H(P), integrated at the first forward divergence asked for. */
  private negativeEntropy: number | undefined;

  constructor(private readonly p: Mixture) {
    this.lm = new LogMixture(p);
    this.kinks = this.lm.kinks();
  }

  /**
   * D(P||Q) = E_P[log p] - E_P[log q]. The second term is closed form, because log q is a
   * quadratic and P's first two moments are known: E_P[log q] = sum_i w_i (-log sq
   * - log sqrt(2 pi) - (s_i^2 + (m_i - mq)^2) / (2 sq^2)). The first is -H(P), one quadrature
   * per component.
   */
  forward(q: Gaussian): number {
    let expectedLogQ = 0;
    for (const c of this.p) {
      if (c.weight === 0) continue;
      const z = (c.mu - q.mu) / q.sigma;
      const r = c.sigma / q.sigma;
      expectedLogQ += c.weight * (-Math.log(q.sigma) - LOG_SQRT_2PI - 0.5 * (r * r + z * z));
    }
    // D >= 0 mathematically; near P = Q the difference may round a hair below 0.
    return Math.max(0, this.minusEntropy() - expectedLogQ);
  }

  /**
   * D(Q||P) = -H(Q) - E_Q[log p], with the Gaussian entropy H(Q) = 1/2 + log sq + log sqrt(2 pi)
   * closed form and E_Q[log p] one quadrature.
   */
  reverse(q: Gaussian): number {
    const entropyQ = 0.5 + Math.log(q.sigma) + LOG_SQRT_2PI;
    return Math.max(0, -entropyQ - expectedLogPdf(this.lm, this.kinks, q.mu, q.sigma));
  }

  private minusEntropy(): number {
    if (this.negativeEntropy === undefined) {
      this.negativeEntropy = 0;
      for (const c of this.p) {
        if (c.weight === 0) continue;
        this.negativeEntropy += c.weight * expectedLogPdf(this.lm, this.kinks, c.mu, c.sigma);
      }
    }
    return this.negativeEntropy;
  }
}

/** D(P||Q) for a mixture P and a Gaussian Q (see MixtureDivergences.forward). */
export function forwardKl(p: Mixture, q: Gaussian, unit: Unit = 'nats'): number {
  checkMixture(p);
  checkGaussian(q, 'q');
  return fromNats(new MixtureDivergences(p).forward(q), unit);
}

/** D(Q||P) for a mixture P and a Gaussian Q (see MixtureDivergences.reverse). */
export function reverseKl(p: Mixture, q: Gaussian, unit: Unit = 'nats'): number {
  checkMixture(p);
  checkGaussian(q, 'q');
  return fromNats(new MixtureDivergences(p).reverse(q), unit);
}
