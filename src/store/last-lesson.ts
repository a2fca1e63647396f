// zod/mini, as the other stores: the chrome chunk that carries this is on every page.
import * as z from 'zod/mini';

/** localStorage key of the last lesson the student opened (for the home page's "Continue"). */
export const lastLessonStorageKey = 'entropic:last-lesson';

const lastLessonSchema = z.object({ slug: z.string().check(z.regex(/^[a-z0-9-]+$/)) });

/** Notes that the student opened this lesson; blocked or full storage just forgets it. */
export function recordLastLesson(slug: string, storage = () => localStorage): void {
  try {
    storage().setItem(lastLessonStorageKey, JSON.stringify({ slug }));
  } catch {
    // Nothing to tell: the home page then offers no "Continue", which is all this costs.
  }
}

/** The slug of the last lesson opened, or null when there is none, storage is blocked or corrupt. */
export function readLastLesson(storage = () => localStorage): string | null {
  try {
    const parsed = lastLessonSchema.safeParse(
      JSON.parse(storage().getItem(lastLessonStorageKey) ?? 'null'),
    );
    return parsed.success ? parsed.data.slug : null;
  } catch {
    return null;
  }
}
