import type { NumericKey } from './grading';
import { computeQuantity, type QuantityParams } from './quantities';
import { workedSolution, type WorkedSolution } from './worked-solution';

/** How precise an answer must be, as an author declares it on a question. */
export interface Precision {
  decimals?: number;
  absTol?: number;
  relTol?: number;
}

/**
 * A numeric question's key and worked solution, from its parameters: three decimals unless a
 * tolerance is declared, and the values the solution's rounded steps lead to accepted as well.
 */
export function questionKey(
  params: QuantityParams,
  { decimals, absTol, relTol }: Precision = {},
): { key: NumericKey; solution: WorkedSolution; shownDecimals: number } {
  const asked = decimals ?? (absTol === undefined && relTol === undefined ? 3 : undefined);
  const shownDecimals = asked ?? 3;
  const solution = workedSolution(params, shownDecimals);
  const key: NumericKey = {
    value: computeQuantity(params),
    decimals: asked,
    absTol,
    relTol,
    unit: params.unit,
    alternatives: solution.alternatives,
  };
  return { key, solution, shownDecimals };
}
