// Only the writing half, which every lesson page's chrome carries; the home page's "Continue"
// reads it back with read-last-lesson.ts.

/** localStorage key of the last lesson the student opened (for the home page's "Continue"). */
export const lastLessonStorageKey = 'entropic:last-lesson';

/** Notes that the student opened this lesson; blocked or full storage just forgets it. */
export function recordLastLesson(slug: string): void {
  try {
    localStorage.setItem(lastLessonStorageKey, JSON.stringify({ slug }));
  } catch {
    // Nothing to tell: the home page then offers no "Continue", which is all this costs.
  }
}
