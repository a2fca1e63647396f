import { LOG_SQRT_2PI } from './gaussian';
import type { Mixture } from './types';

/**
 * A Gaussian mixture prepared for evaluating log p(x) many times (quadrature nodes, optimiser
 * steps): per component it keeps l_i(x) = offset_i - precision_i (x - mu_i)^2 / 2 with
 * offset_i = log w_i - log sigma_i - log sqrt(2 pi), so log p(x) = log sum_i exp(l_i(x)) is a
 * log-sum-exp that never underflows. Zero-weight components are dropped. Inputs are assumed valid.
 */
export class LogMixture {
  readonly size: number;
  readonly mu: Float64Array;
  private readonly precision: Float64Array;
  private readonly offset: Float64Array;
  private readonly l: Float64Array;

  constructor(m: Mixture) {
    const used = m.filter((c) => c.weight > 0);
    this.size = used.length;
    this.mu = Float64Array.from(used, (c) => c.mu);
    this.precision = Float64Array.from(used, (c) => 1 / (c.sigma * c.sigma));
    this.offset = Float64Array.from(
      used,
      (c) => Math.log(c.weight) - Math.log(c.sigma) - LOG_SQRT_2PI,
    );
    this.l = new Float64Array(this.size);
  }

  /** Fills this.l with every l_i(x) and returns their maximum. */
  private components(x: number): number {
    let max = -Infinity;
    for (let i = 0; i < this.size; i++) {
      const d = x - this.mu[i]!;
      const li = this.offset[i]! - 0.5 * this.precision[i]! * d * d;
      this.l[i] = li;
      if (li > max) max = li;
    }
    return max;
  }

  /** log p(x). */
  logPdf(x: number): number {
    const max = this.components(x);
    let scaled = 0;
    for (let i = 0; i < this.size; i++) scaled += Math.exp(this.l[i]! - max);
    return max + Math.log(scaled);
  }

  /**
   * log p(x) and its first two x-derivatives into out[0..2]. With responsibilities
   * r_i = exp(l_i - log p) and component slopes s_i = -precision_i (x - mu_i):
   * (log p)' = sum r_i s_i and (log p)'' = sum r_i (s_i - (log p)')^2 - sum r_i precision_i
   * (the variance form avoids cancelling two large sums far in the tails).
   */
  derivatives(x: number, out: Float64Array): void {
    const max = this.components(x);
    let scaled = 0;
    for (let i = 0; i < this.size; i++) scaled += Math.exp(this.l[i]! - max);
    const logP = max + Math.log(scaled);
    let slope = 0;
    for (let i = 0; i < this.size; i++) {
      // Reuse l as the responsibilities.
      this.l[i] = Math.exp(this.l[i]! - logP);
      slope -= this.l[i]! * this.precision[i]! * (x - this.mu[i]!);
    }
    let curvature = 0;
    for (let i = 0; i < this.size; i++) {
      const deviation = -this.precision[i]! * (x - this.mu[i]!) - slope;
      curvature += this.l[i]! * (deviation * deviation - this.precision[i]!);
    }
    out[0] = logP;
    out[1] = slope;
    out[2] = curvature;
  }

  /**
   * Where two components cross at the top of the log-sum-exp, i.e. where log p(x) turns from
   * following one component's parabola to another's. The turn is a smoothed corner of width
   * 1 / |slope difference|: for narrow, well separated components that is ~1e-4, far finer than
   * any quadrature rule's node spacing, so integrators must place panels there explicitly. Found by
   * solving l_i(x) = l_j(x), a quadratic in y = x - mu_j, for every pair, and keeping roots where no
   * third component is far on top (there the turn is hidden and harmless).
   */
  kinks(): Kink[] {
    const found: Kink[] = [];
    for (let i = 0; i < this.size; i++) {
      for (let j = i + 1; j < this.size; j++) {
        const pi = this.precision[i]!;
        const pj = this.precision[j]!;
        const d = this.mu[j]! - this.mu[i]!;
        // l_i - l_j = a y^2 + b y + c with y = x - mu_j.
        const a = 0.5 * (pj - pi);
        const b = -pi * d;
        const c = this.offset[i]! - this.offset[j]! - 0.5 * pi * d * d;
        for (const y of quadraticRoots(a, b, c)) {
          const x = this.mu[j]! + y;
          // Nearly equal widths can put a root absurdly far out (or at Infinity): not a kink.
          if (!(Math.abs(x) < 1e100) || this.components(x) - this.l[i]! >= 1) continue;
          const slopeGap = Math.abs(pi * (x - this.mu[i]!) - pj * y);
          // A tangency (equal slopes) is a smooth touch, not a corner: nothing to resolve.
          if (slopeGap > 0) found.push({ at: x, width: 1 / slopeGap });
        }
      }
    }
    return found;
  }
}

/** A corner of log p(x): its position and the width over which it turns. */
export interface Kink {
  at: number;
  width: number;
}

/** Real roots of a y^2 + b y + c = 0, by the cancellation-free form (Numerical Recipes §5.6). */
function quadraticRoots(a: number, b: number, c: number): number[] {
  if (a === 0) return b === 0 ? [] : [-c / b];
  const discriminant = b * b - 4 * a * c;
  if (discriminant < 0) return [];
  const q = -0.5 * (b + (b < 0 ? -1 : 1) * Math.sqrt(discriminant));
  return q === 0 ? [0] : [q / a, c / q];
}
