import { createContext, use } from 'react';
import { progressKey } from '../store/progress';

/** The lesson a question sits in: where its progress goes, and where the student goes next. */
export interface LessonContextValue {
  slug: string;
  /** Every question id of the lesson, read from its source at build time. */
  questions: readonly string[];
  /** The next lesson, for the note shown when the last question is solved. */
  next?: { title: string; href: string };
}

export const LessonContext = createContext<LessonContextValue | null>(null);

/** The lesson being shown, or null outside one (a gallery, a test). */
export function useLesson(): LessonContextValue | null {
  return use(LessonContext);
}

/**
 * `lessonSlug/questionId`. Outside a lesson the id stands alone under `page/`, so a question
 * still works.
 */
export function useQuestionKey(id: string): string {
  return progressKey(useLesson()?.slug ?? 'page', id);
}
