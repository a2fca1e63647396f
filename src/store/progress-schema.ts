// zod/mini: the same validation at a fraction of the bundle size of classic zod.
import * as z from 'zod/mini';

/**
 * Version of the stored shape. Changing the shape means: bump this, and teach
 * `migrateProgress` to turn the previous version into the new one, so no student loses work.
 */
export const progressVersion = 1;

/** `lessonSlug/questionId`, e.g. `cross-entropy/fair-vs-biased`. */
export const progressKeySchema = z.string().check(z.regex(/^[a-z0-9-]+\/[A-Za-z0-9_-]+$/));

/** What is kept about each solved question: when it was first solved (ms since 1970). */
const solvedSchema = z.object({ at: z.number().check(z.gte(0)) });

/** The persisted progress, version 1. */
export const storedProgressSchema = z.object({
  /** The student's seed for question variants (unsigned 32-bit), null before one is drawn. */
  seed: z.nullable(z.int().check(z.gte(0), z.lte(2 ** 32 - 1))),
  solved: z.record(progressKeySchema, solvedSchema),
});

export type StoredProgress = z.infer<typeof storedProgressSchema>;

/** The exported file: the stored progress with a tag saying what it is. */
export const exportSchema = z.object({
  format: z.literal('entropic-progress'),
  version: z.number(),
  progress: z.unknown(),
});

export type MigrationResult =
  { ok: true; progress: StoredProgress } | { ok: false; why: 'newer' | 'corrupt' };

/**
 * Brings stored progress of any known version up to the current one and validates it. There is
 * one version so far; a later shape adds its step here (v1 -> v2 -> ...).
 */
export function migrateProgress(stored: unknown, version: number): MigrationResult {
  if (version > progressVersion) return { ok: false, why: 'newer' };
  if (version !== progressVersion) return { ok: false, why: 'corrupt' };
  const parsed = storedProgressSchema.safeParse(stored);
  return parsed.success ? { ok: true, progress: parsed.data } : { ok: false, why: 'corrupt' };
}

/**
 * Both sets of solved questions; where both solved one, the earlier time wins. Used by import
 * and never drops anything already solved.
 */
export function mergeSolved(
  mine: StoredProgress['solved'],
  theirs: StoredProgress['solved'],
): StoredProgress['solved'] {
  const merged = { ...mine };
  for (const [key, entry] of Object.entries(theirs)) {
    const existing = merged[key];
    if (!existing || entry.at < existing.at) merged[key] = entry;
  }
  return merged;
}

/** Reads an exported progress file; undefined when it is not one. */
export function readExport(text: string): StoredProgress | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const file = exportSchema.safeParse(json);
  if (!file.success) return undefined;
  const migrated = migrateProgress(file.data.progress, file.data.version);
  return migrated.ok ? migrated.progress : undefined;
}

/** The text of an export file. */
export function writeExport(progress: StoredProgress): string {
  return JSON.stringify(
    { format: 'entropic-progress', version: progressVersion, progress },
    null,
    2,
  );
}
