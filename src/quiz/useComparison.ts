import { useMemo } from 'react';
import type { Gaussian, Unit } from '../metrics';
import { comparisonSolution, type ComparedPair } from './comparison';
import type { QuantityParams } from './quantities';
import { useVariantParams } from './useVariantParams';

/** The numbers a comparison question compares quantities of, as an author declares them. */
export interface ComparedNumbers {
  p?: number[];
  q?: number[];
  gaussians?: { p: Gaussian; q: Gaussian };
  unit?: Unit;
}

const none: number[] = [];

/**
 * A choice question's computed comparison: its numbers (the student's own when seeded), which
 * side is larger, and the worked solution. Undefined parts when the question compares nothing.
 */
export function useComparison(
  compare: ComparedPair | undefined,
  { p = none, q, gaussians, unit = 'bits' }: ComparedNumbers,
  seeded: boolean,
  progressKey: string,
) {
  const of = compare?.left.of ?? 'klDivergence';
  const declared: QuantityParams = useMemo(
    () => ({ of, p, q, gaussians, unit }),
    [of, p, q, gaussians, unit],
  );
  const { params, seed } = useVariantParams(declared, seeded && compare !== undefined, progressKey);
  const solution = useMemo(
    () => (compare ? comparisonSolution(params, compare) : undefined),
    [compare, params],
  );
  return { params, seed, solution };
}
