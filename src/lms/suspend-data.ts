import * as z from 'zod/mini';

/**
 * What the LMS keeps for us in `suspend_data` (SCORM 1.2 allows only 4,096 characters): the
 * student's seed, so questions show the same variants on every launch, and the ids of the
 * lesson's solved questions. Written as `<version>.<seed base 36>.<id>,<id>,...`: ids rather
 * than positions, so a package updated with a question added or removed still restores what
 * the student solved. Question ids are `[A-Za-z0-9_-]`, so `.` and `,` never occur inside one.
 */
export const suspendVersion = 1;

export interface SuspendedLesson {
  /** The student's variant seed (unsigned 32-bit), or null when none was drawn yet. */
  seed: number | null;
  /** Ids of the solved questions. */
  solved: string[];
}

const questionId = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

const decodedSchema = z.object({
  version: z.literal(suspendVersion),
  seed: z.nullable(z.int().check(z.gte(0), z.lte(2 ** 32 - 1))),
  solved: z.array(questionId).check(z.maxLength(500)),
});

/** The text to store; ids are written in the order given, each once. */
export function encodeSuspendData({ seed, solved }: SuspendedLesson): string {
  const ids = [...new Set(solved)];
  return `${suspendVersion}.${seed === null ? '' : seed.toString(36)}.${ids.join(',')}`;
}

/**
 * Reads what `encodeSuspendData` wrote. Anything else (empty, another version, another
 * package's data, garbage) is undefined, so the lesson starts fresh instead of failing.
 */
export function decodeSuspendData(text: string): SuspendedLesson | undefined {
  const parts = text.split('.');
  if (parts.length !== 3) return undefined;
  const [version, seed, ids] = parts as [string, string, string];
  const parsed = decodedSchema.safeParse({
    version: /^\d{1,3}$/.test(version) ? Number(version) : NaN,
    seed: seed === '' ? null : /^[0-9a-z]{1,7}$/.test(seed) ? parseInt(seed, 36) : NaN,
    solved: ids === '' ? [] : ids.split(','),
  });
  if (!parsed.success) return undefined;
  return { seed: parsed.data.seed, solved: [...new Set(parsed.data.solved)] };
}
