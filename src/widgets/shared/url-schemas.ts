// zod/mini: full zod validation at a fraction of the bundle size.
import * as z from 'zod/mini';
import { unsafeCharacters } from './url-params';

/** Longest label a link may set (the charts have room for about this much). */
export const MAX_LABEL_LENGTH = 24;

/** A comma-separated list, split. */
export const commaList = z.transform((s: string) => s.split(','));

/** `heads,tails`: labels a student will read, so no empty, long or direction-changing ones. */
export const labelListSchema = z.pipe(
  z.string(),
  z.pipe(
    commaList,
    z.array(
      z.string().check(
        z.trim(),
        z.minLength(1, { error: 'labels cannot be empty' }),
        z.maxLength(MAX_LABEL_LENGTH, {
          error: `labels can have at most ${MAX_LABEL_LENGTH} characters`,
        }),
        z.refine((label) => !unsafeCharacters.test(label), {
          error: 'labels cannot contain control or text-direction characters',
        }),
      ),
    ),
  ),
);

export const unitSchema = z.enum(['bits', 'nats'], { error: 'the unit must be bits or nats' });

/** One probability or weight of a list: a number (not blank) that is not negative. */
export const weightSchema = (what: string) =>
  z.pipe(
    z.transform((s: string) => (s.trim() === '' ? NaN : Number(s))),
    z
      .number({ error: `every ${what} must be a number` })
      .check(z.gte(0, { error: 'probabilities cannot be negative' })),
  );
