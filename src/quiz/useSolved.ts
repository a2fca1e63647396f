import { useCallback, useRef, useState } from 'react';
import { countSolved, progressStore, useProgress } from '../store/progress';
import { reportToHost } from '../embed/host-link';
import { useLesson, useQuestionKey } from './lesson-context';

export type AnswerResult = 'correct' | 'incorrect';

/**
 * Whether this question is solved (in any visit); `record`, which counts a graded answer, marks
 * the question solved when it is correct, and tells the host page (an instructor's embed, an
 * LMS) about it; and whether solving it just now completed the lesson (so the question can say
 * so where the student is). Free retries (an unreadable answer) are not recorded.
 */
export function useSolved(id: string): {
  key: string;
  solved: boolean;
  /** Graded answers in this visit. */
  attempts: number;
  /** Records a graded answer; `attempts` overrides the count (a challenge counts commits). */
  record(result: AnswerResult, attempts?: number): void;
  completedLesson: boolean;
} {
  const key = useQuestionKey(id);
  const lesson = useLesson();
  const solved = useProgress((s) => key in s.solved);
  const [completedLesson, setCompletedLesson] = useState(false);
  const [attempts, setAttempts] = useState(0);
  const counted = useRef(0);

  const record = useCallback(
    (result: AnswerResult, attemptsMade?: number) => {
      counted.current = attemptsMade ?? counted.current + 1;
      setAttempts(counted.current);
      const store = progressStore.getState();
      const solvedBefore = key in store.solved;
      if (result === 'correct' && !solvedBefore) store.markSolved(key);
      if (!lesson) return;
      const total = lesson.questions.length;
      const solvedNow = countSolved(progressStore.getState().solved, lesson.slug, lesson.questions);
      reportToHost('answer', {
        lesson: lesson.slug,
        question: id,
        result,
        attempts: counted.current,
      });
      reportToHost('progress', { lesson: lesson.slug, solved: solvedNow, total });
      if (result === 'correct' && !solvedBefore && total > 0 && solvedNow === total) {
        setCompletedLesson(true);
        reportToHost('complete', { lesson: lesson.slug });
      }
    },
    [id, key, lesson],
  );
  return { key, solved, attempts, record, completedLesson };
}

/**
 * The seed for this page's variants: `?seed=N` if given, else the student's own. Null on the
 * server and while hydrating, when questions show their declared parameters.
 */
export function useVariantSeed(): number | null {
  return useProgress((s) => (s.hydrated ? (s.seedOverride ?? s.seed) : null));
}
