import { crossEntropy, entropy, klDivergence, type Unit } from '../metrics';

/** What a numeric question asks for; every key and slip is computed from these. */
export type QuantityName = 'entropy' | 'crossEntropy' | 'klDivergence';

/** A question's parameters: the quantity, its distributions and the unit asked for. */
export interface QuantityParams {
  of: QuantityName;
  p: readonly number[];
  /** Required for cross-entropy and KL. */
  q?: readonly number[];
  unit: Unit;
}

/** Symbols as the lessons write them, for prompts and feedback. */
export const quantitySymbol: Record<QuantityName, string> = {
  entropy: 'H(P)',
  crossEntropy: 'H(P,Q)',
  klDivergence: 'D(P‖Q)',
};

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
  }
}
