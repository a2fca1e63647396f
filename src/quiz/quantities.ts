import {
  crossEntropy,
  entropy,
  informationGain,
  jsDivergence,
  klDivergence,
  mutualInformation,
  type Unit,
} from '../metrics';

/** What a numeric question asks for; every key and slip is computed from these. */
export type QuantityName =
  | 'entropy'
  | 'crossEntropy'
  | 'klDivergence'
  | 'jsDivergence'
  | 'mutualInformation'
  | 'informationGain';

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
};

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
  }
}
