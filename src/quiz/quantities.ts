import {
  crossEntropy,
  entropy,
  gaussianKl,
  informationGain,
  jsDivergence,
  klDivergence,
  mutualInformation,
  type Gaussian,
  type Unit,
} from '../metrics';

/** What a numeric question asks for; every key and slip is computed from these. */
export type QuantityName =
  | 'entropy'
  | 'crossEntropy'
  | 'klDivergence'
  | 'jsDivergence'
  | 'mutualInformation'
  | 'informationGain'
  | 'gaussianKl';

/** A question's parameters: the quantity, its distributions and the unit asked for. */
export interface QuantityParams {
  of: QuantityName;
  /** The distribution P (entropy, cross-entropy, KL and JS divergences). */
  p: readonly number[];
  /** Required for cross-entropy, KL and JS. */
  q?: readonly number[];
  /** For mutual information: p(x, y) as rows (X) of columns (Y). */
  joint?: readonly (readonly number[])[];
  /** For information gain: each child's class counts (the parent is their sum). */
  split?: readonly (readonly number[])[];
  /** For `gaussianKl`: the truth P and the model Q, one Gaussian each (closed form). */
  gaussians?: { p: Gaussian; q: Gaussian };
  unit: Unit;
}

/** Symbols as the lessons write them, for prompts and feedback. */
export const quantitySymbol: Record<QuantityName, string> = {
  entropy: 'H(P)',
  crossEntropy: 'H(P,Q)',
  klDivergence: 'D(P‖Q)',
  jsDivergence: 'JS(P,Q)',
  mutualInformation: 'I(X;Y)',
  informationGain: 'IG',
  gaussianKl: 'D(P‖Q)',
};

/**
 * The same question with P and Q in each other's roles: what D(Q‖P) is to D(P‖Q). Quantities of
 * one distribution or of a table have no second argument and come back as they were.
 */
export function swapRoles(params: QuantityParams): QuantityParams {
  if (params.gaussians) {
    return { ...params, gaussians: { p: params.gaussians.q, q: params.gaussians.p } };
  }
  if (!params.q) return params;
  return { ...params, p: params.q, q: params.p };
}

/** The parent's class counts of a split: the children's counts added class by class. */
export function parentCounts(children: readonly (readonly number[])[]): number[] {
  return children[0]?.map((_, c) => children.reduce((a, child) => a + (child[c] ?? 0), 0)) ?? [];
}

/** The value of a quantity, from src/metrics (RangeError on a bad distribution). */
export function computeQuantity(params: QuantityParams, unit: Unit = params.unit): number {
  const p = [...params.p];
  const q = [...(params.q ?? [])];
  switch (params.of) {
    case 'entropy':
      return entropy(p, unit);
    case 'crossEntropy':
      return crossEntropy(p, q, unit);
    case 'klDivergence':
      return klDivergence(p, q, unit);
    case 'jsDivergence':
      return jsDivergence(p, q, unit);
    case 'mutualInformation':
      return mutualInformation(
        (params.joint ?? []).map((row) => [...row]),
        unit,
      );
    case 'informationGain': {
      const children = (params.split ?? []).map((child) => [...child]);
      return informationGain(parentCounts(children), children, unit);
    }
    case 'gaussianKl': {
      const nan = { mu: NaN, sigma: NaN };
      // A missing pair reaches src/metrics as NaN, whose RangeError names it.
      return gaussianKl(params.gaussians?.p ?? nan, params.gaussians?.q ?? nan, unit);
    }
  }
}
