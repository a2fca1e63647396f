import { useCallback } from 'react';
import { progressStore, useProgress } from '../store/progress';
import { useQuestionKey } from './lesson-slug';

/** Whether this question is solved (in any visit), and how to record that it now is. */
export function useSolved(id: string): { key: string; solved: boolean; markSolved(): void } {
  const key = useQuestionKey(id);
  const solved = useProgress((s) => key in s.solved);
  const markSolved = useCallback(() => progressStore.getState().markSolved(key), [key]);
  return { key, solved, markSolved };
}

/**
 * The seed for this page's variants: `?seed=N` if given, else the student's own. Null on the
 * server and while hydrating, when questions show their declared parameters.
 */
export function useVariantSeed(): number | null {
  return useProgress((s) => (s.hydrated ? (s.seedOverride ?? s.seed) : null));
}
