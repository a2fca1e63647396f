import { createContext, use } from 'react';
import { progressKey } from '../store/progress';

/** The slug of the lesson being shown, so a question can build its progress key. */
export const LessonSlugContext = createContext<string | null>(null);

/**
 * `lessonSlug/questionId`. Outside a lesson (a gallery, a test) the id stands alone under
 * `page/`, so a question still works.
 */
export function useQuestionKey(id: string): string {
  return progressKey(use(LessonSlugContext) ?? 'page', id);
}
