import {
  crossEntropy,
  entropy,
  forwardKl,
  klDivergence,
  reverseKl,
  type Gaussian,
  type Mixture,
  type Unit,
} from '../metrics';
import { formatQuantity } from '../widgets/shared/format';

const quantities = { entropy, crossEntropy, klDivergence } as const;
// Continuous KLs between a Gaussian mixture P and one Gaussian model (lesson 4).
const continuous = { forwardKl, reverseKl } as const;

export interface MetricProps {
  /** Which quantity to compute: `entropy` uses `p`; `crossEntropy` and `klDivergence` use `p` and `q`. */
  of: keyof typeof quantities | keyof typeof continuous;
  /** The true distribution P (probabilities summing to 1). */
  p?: number[];
  /** The model distribution Q, for cross-entropy and KL. */
  q?: number[];
  /** For `forwardKl` (D(P||Q)) and `reverseKl` (D(Q||P)): P as a Gaussian mixture. */
  mixture?: Mixture;
  /** For `forwardKl` and `reverseKl`: the model Q, one Gaussian `{ mu, sigma }`. */
  model?: Gaussian;
  /** Unit of the result; default `bits`. */
  unit?: Unit;
  /** Decimals shown; default 3. */
  digits?: number;
}

/**
 * A number in the prose, computed by src/metrics when the page is built, so lesson text never
 * carries a hand-typed figure: `<Metric of="entropy" p={[0.99, 0.01]} />` reads "0.081 bits".
 */
export function Metric({ of, p = [], q, mixture, model, unit = 'bits', digits = 3 }: MetricProps) {
  // A missing prop reaches src/metrics as an empty or NaN value, whose RangeError names it.
  const value =
    of === 'forwardKl' || of === 'reverseKl'
      ? continuous[of](mixture ?? [], model ?? { mu: NaN, sigma: NaN }, unit)
      : of === 'entropy'
        ? entropy(p, unit)
        : quantities[of](p, q ?? [], unit);
  return <span className="metric">{formatQuantity(value, unit, digits)}</span>;
}
