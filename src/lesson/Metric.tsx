import { crossEntropy, entropy, klDivergence, type Unit } from '../metrics';
import { formatQuantity } from '../widgets/shared/format';

const quantities = { entropy, crossEntropy, klDivergence } as const;

export interface MetricProps {
  /** Which quantity to compute: `entropy` uses `p`; `crossEntropy` and `klDivergence` use `p` and `q`. */
  of: keyof typeof quantities;
  /** The true distribution P (probabilities summing to 1). */
  p: number[];
  /** The model distribution Q, for cross-entropy and KL. */
  q?: number[];
  /** Unit of the result; default `bits`. */
  unit?: Unit;
  /** Decimals shown; default 3. */
  digits?: number;
}

/**
 * A number in the prose, computed by src/metrics when the page is built, so lesson text never
 * carries a hand-typed figure: `<Metric of="entropy" p={[0.99, 0.01]} />` reads "0.081 bits".
 */
export function Metric({ of, p, q, unit = 'bits', digits = 3 }: MetricProps) {
  const value = of === 'entropy' ? entropy(p, unit) : quantities[of](p, q ?? [], unit);
  return <span className="metric">{formatQuantity(value, unit, digits)}</span>;
}
