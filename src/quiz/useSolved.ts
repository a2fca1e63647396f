import { useCallback, useState } from 'react';
import { countSolved, progressStore, useProgress } from '../store/progress';
import { useLesson, useQuestionKey } from './lesson-context';

/**
 * Whether this question is solved (in any visit), how to record that it now is, and whether
 * solving it just now completed the lesson (so the question can say so where the student is).
 */
export function useSolved(id: string): {
  key: string;
  solved: boolean;
  markSolved(): void;
  completedLesson: boolean;
} {
  const key = useQuestionKey(id);
  const lesson = useLesson();
  const solved = useProgress((s) => key in s.solved);
  const [completedLesson, setCompletedLesson] = useState(false);
  const markSolved = useCallback(() => {
    const store = progressStore.getState();
    if (key in store.solved) return;
    store.markSolved(key);
    if (!lesson || lesson.questions.length === 0) return;
    const solvedNow = countSolved(progressStore.getState().solved, lesson.slug, lesson.questions);
    if (solvedNow === lesson.questions.length) setCompletedLesson(true);
  }, [key, lesson]);
  return { key, solved, markSolved, completedLesson };
}

/**
 * The seed for this page's variants: `?seed=N` if given, else the student's own. Null on the
 * server and while hydrating, when questions show their declared parameters.
 */
export function useVariantSeed(): number | null {
  return useProgress((s) => (s.hydrated ? (s.seedOverride ?? s.seed) : null));
}
