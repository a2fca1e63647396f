import { useMemo } from 'react';
import type { QuantityParams } from './quantities';
import { questionRandom } from './seeded';
import { useVariantSeed } from './useSolved';
import { drawParams } from './variant';

/**
 * A question's parameters: the declared ones, or for a seeded question the student's own
 * variant, once the seed is known (after hydration). Keyed by lesson and question
 * (`progressKey`), so two lessons' questions never share a variant. Memoise `declared`.
 */
export function useVariantParams(
  declared: QuantityParams,
  seeded: boolean,
  progressKey: string,
): { params: QuantityParams; seed: number | null } {
  const seed = useVariantSeed();
  const params = useMemo(
    () =>
      !seeded || seed === null ? declared : drawParams(declared, questionRandom(seed, progressKey)),
    [declared, seeded, seed, progressKey],
  );
  return { params, seed };
}
