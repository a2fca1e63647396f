import {
  conditionalEntropy,
  crossEntropy,
  crossEntropyFromLogits,
  entropy,
  jointEntropy,
  jsDivergence,
  marginals,
  mutualInformation,
  forwardKl,
  klDivergence,
  klFromEntropies,
  perplexity,
  reverseKl,
  smoothedOneHot,
  type Gaussian,
  type Mixture,
  type Unit,
} from '../metrics';
import { formatNumber, formatQuantity } from '../widgets/shared/format';
import { computeQuantity } from '../quiz/quantities';

const quantities = { entropy, crossEntropy, klDivergence, jsDivergence } as const;
/** Quantities of a joint table (lesson 6): H(X), H(Y), H(X,Y), H(X|Y) and I(X;Y). */
const ofJoint = {
  entropyX: (joint: number[][], unit: Unit) => entropy(marginals(joint).px, unit),
  entropyY: (joint: number[][], unit: Unit) => entropy(marginals(joint).py, unit),
  jointEntropy,
  conditionalEntropy: (joint: number[][], unit: Unit) => conditionalEntropy(joint, unit, 'rows'),
  mutualInformation,
} as const;
// Continuous KLs between a Gaussian mixture P and one Gaussian model (lesson 4).
const continuous = { forwardKl, reverseKl } as const;

export interface MetricProps {
  /**
   * Which quantity to compute: `entropy` uses `p`; `crossEntropy`, `klDivergence` and
   * `jsDivergence` use `p` and `q`; the joint quantities use `joint`; `informationGain` uses
   * `split`; `forwardKl` and `reverseKl` use `mixture` and `model`; `gaussianKl` uses `gaussians`; `klFromEntropies` is
   * `crossEntropy` minus `entropy` given as figures; `logitLoss` is the loss of `logits` for the
   * true class `target` at `temperature` (log-sum-exp); `perplexity` is e^`loss` (a plain number).
   */
  of:
    | keyof typeof quantities
    | keyof typeof continuous
    | keyof typeof ofJoint
    | 'informationGain'
    | 'klFromEntropies'
    | 'gaussianKl'
    | 'logitLoss'
    | 'perplexity';
  /**
   * For `entropyX`, `entropyY`, `jointEntropy`, `conditionalEntropy` (H(X|Y)) and
   * `mutualInformation`: p(x, y) as rows (X) of columns (Y).
   */
  joint?: number[][];
  /** For `informationGain`: each child's class counts, e.g. `[[4, 1], [2, 3]]`. */
  split?: number[][];
  /** The true distribution P (probabilities summing to 1). */
  p?: number[];
  /** The model Q, for cross-entropy and KL. */
  q?: number[];
  /** For `forwardKl` (D(P||Q)) and `reverseKl` (D(Q||P)): P as a Gaussian mixture. */
  mixture?: Mixture;
  /** For `forwardKl` and `reverseKl`: the model Q, one Gaussian `{ mu, sigma }`. */
  model?: Gaussian;
  /** For `gaussianKl` (closed form, D(P||Q)): P and Q, one Gaussian each. */
  gaussians?: { p: Gaussian; q: Gaussian };
  /** For `klFromEntropies`: a reported cross-entropy H(P,Q) and entropy H(P), in `unit`. */
  figures?: { crossEntropy: number; entropy: number };
  /** For `logitLoss`: a model's logits, the true class (index, default 0) and the temperature (default 1). */
  logits?: number[];
  target?: number;
  temperature?: number;
  /** For `perplexity`: a mean loss in nats (or in `unit`). */
  loss?: number;
  /** Unit of the result; default `bits`. */
  unit?: Unit;
  /** Decimals shown; default 3. */
  digits?: number;
}

function compute(props: MetricProps): number {
  const { of, p = [], q, mixture, model, figures, joint = [], split = [], unit = 'bits' } = props;
  // A missing prop reaches src/metrics as an empty or NaN value, whose RangeError names it.
  switch (of) {
    case 'entropyX':
    case 'entropyY':
    case 'jointEntropy':
    case 'conditionalEntropy':
    case 'mutualInformation':
      return ofJoint[of](joint, unit);
    case 'informationGain':
      return computeQuantity({ of, p: [], split, unit });
    case 'gaussianKl':
      return computeQuantity({ of, p: [], gaussians: props.gaussians, unit });
    case 'logitLoss': {
      const logits = props.logits ?? [];
      const target = smoothedOneHot(logits.length, props.target ?? 0, 0);
      return crossEntropyFromLogits(target, logits, { temperature: props.temperature, unit });
    }
    case 'perplexity':
      return perplexity(props.loss ?? NaN, unit);
    case 'forwardKl':
    case 'reverseKl':
      return continuous[of](mixture ?? [], model ?? { mu: NaN, sigma: NaN }, unit);
    case 'klFromEntropies':
      return klFromEntropies(figures?.crossEntropy ?? NaN, figures?.entropy ?? NaN);
    case 'entropy':
      return entropy(p, unit);
    default:
      return quantities[of](p, q ?? [], unit);
  }
}

/**
 * A number in the prose, computed by src/metrics when the page is built, so lesson text never
 * carries a hand-typed figure: `<Metric of="entropy" p={[0.99, 0.01]} />` reads "0.081 bits".
 */
export function Metric(props: MetricProps) {
  const { unit = 'bits', digits = 3 } = props;
  const value = compute(props);
  // A perplexity is a count of choices, not an amount of information: no unit.
  const text =
    props.of === 'perplexity' ? formatNumber(value, digits) : formatQuantity(value, unit, digits);
  return <span className="metric">{text}</span>;
}
