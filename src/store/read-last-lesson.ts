// zod/mini, as the other stores: the same validation at a fraction of classic zod's size.
import * as z from 'zod/mini';
import { lastLessonStorageKey } from './last-lesson';

const lastLessonSchema = z.object({ slug: z.string().check(z.regex(/^[a-z0-9-]+$/)) });

/** The slug of the last lesson opened, or null when there is none, storage is blocked or corrupt. */
export function readLastLesson(): string | null {
  try {
    const parsed = lastLessonSchema.safeParse(
      JSON.parse(localStorage.getItem(lastLessonStorageKey)!),
    );
    return parsed.success ? parsed.data.slug : null;
  } catch {
    return null;
  }
}
