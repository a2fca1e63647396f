import {
  bestForwardFit,
  bestReverseFits,
  forwardKl,
  fromNats,
  reverseDescentEdge,
  type Mixture,
  type Unit,
} from '../metrics';
import { formatNumber, formatQuantity } from '../widgets/shared/format';

export interface FitValueProps {
  /** The truth P, a Gaussian mixture. */
  mixture: Mixture;
  /**
   * Which figure of the single-Gaussian fits to P:
   * `forwardMean` and `forwardSigma` (the moment match's mean and standard deviation),
   * `forwardVariance` (its variance),
   * `forwardBestKl` (the smallest D(P||Q) any Gaussian reaches: the moment match's),
   * `reverseBestKl` (the smallest D(Q||P) any Gaussian reaches),
   * `localSigma` / `localKl` (the worse local minimum of D(Q||P), where descents can stall),
   * `descentEdge` (how far from P's mean a reverse descent starting at width `sigma` must start to
   * reach a best fit).
   */
  of:
    | 'forwardMean'
    | 'forwardSigma'
    | 'forwardVariance'
    | 'forwardBestKl'
    | 'reverseBestKl'
    | 'localSigma'
    | 'localKl'
    | 'descentEdge';
  /** For `descentEdge`: the starting width. */
  sigma?: number;
  /** Unit of the divergences; default `nats`. */
  unit?: Unit;
  /** Decimals shown; default 3 for divergences, 2 for positions and widths. */
  digits?: number;
}

/** The worse local minimum of D(Q||P): the last of the minima, which come lowest first. */
function localMinimum(mixture: Mixture) {
  const fits = bestReverseFits(mixture);
  const local = fits.length > 1 ? fits.at(-1) : undefined;
  if (!local || local.kl === fits[0]!.kl) throw new RangeError('P has no worse local minimum');
  return local;
}

/**
 * A figure of lesson 4's fits, computed by src/metrics at build time like `<Metric>`, so prose
 * such as "a descent stalls at sigma 1.99" never carries a typed number.
 */
export function FitValue({ mixture, of, sigma = NaN, unit = 'nats', digits }: FitValueProps) {
  const divergence = (nats: number) => formatQuantity(fromNats(nats, unit), unit, digits ?? 3);
  const position = (x: number | undefined) => {
    if (x === undefined) throw new RangeError(`no ${of} for this P`);
    return formatNumber(x, digits ?? 2);
  };
  const text = {
    forwardMean: () => position(bestForwardFit(mixture).mu),
    forwardSigma: () => position(bestForwardFit(mixture).sigma),
    forwardVariance: () => position(bestForwardFit(mixture).sigma ** 2),
    forwardBestKl: () => divergence(forwardKl(mixture, bestForwardFit(mixture))),
    reverseBestKl: () => divergence(bestReverseFits(mixture)[0]!.kl),
    localSigma: () => position(localMinimum(mixture).sigma),
    localKl: () => divergence(localMinimum(mixture).kl),
    descentEdge: () => position(reverseDescentEdge(mixture, sigma)),
  }[of]();
  return <span className="metric">{text}</span>;
}
