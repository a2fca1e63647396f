// zod/mini: full zod validation at a fraction of the bundle size.
import * as z from 'zod/mini';
import { commaList, textListSchema } from './url-params';

/** Longest label a link may set (the charts have room for about this much). */
export const MAX_LABEL_LENGTH = 24;

export { commaList };

/** `heads,tails`: labels a student will read, so no empty, long or direction-changing ones. */
export const labelListSchema = textListSchema('labels', MAX_LABEL_LENGTH);

export const unitSchema = z.enum(['bits', 'nats'], { error: 'the unit must be bits or nats' });

/** One probability or weight of a list: a number (not blank) that is not negative. */
export const weightSchema = (what: string) =>
  z.pipe(
    z.transform((s: string) => (s.trim() === '' ? NaN : Number(s))),
    z
      .number({ error: `every ${what} must be a number` })
      .check(z.gte(0, { error: 'probabilities cannot be negative' })),
  );
