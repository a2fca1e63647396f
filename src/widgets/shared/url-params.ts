import * as z from 'zod/mini';

/** Shared links round probabilities; sums off 1 by more than this are worth a notice. */
export const SILENT_RESCALE = 1e-3;

/**
 * Characters a link must not smuggle into what a student reads: control characters (NUL and the
 * like) and the Unicode direction marks and overrides that can make text display reversed.
 */
export const unsafeCharacters =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const unsafeCharactersGlobal = new RegExp(unsafeCharacters.source, 'g');

/** A raw value as a notice quotes it: short, and with unsafe characters shown as �. */
const quote = (raw: string) => {
  const safe = raw.replace(unsafeCharactersGlobal, '\ufffd');
  return safe.length > 40 ? `${safe.slice(0, 40)}…` : safe;
};

/**
 * Reads a widget's URL parameters one schema at a time. A parameter that fails its schema is
 * skipped, and `notices` gains one plain sentence saying what was ignored and why.
 */
export function urlParamReader(search: string) {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  return {
    notices,
    read<T>(name: string, schema: z.ZodMiniType<T, string>): T | undefined {
      const raw = params.get(name);
      if (raw === null) return undefined;
      const result = schema.safeParse(raw);
      if (result.success) return result.data;
      notices.push(
        `Ignored ${name}="${quote(raw)}": ${result.error.issues[0]?.message ?? 'invalid'}.`,
      );
      return undefined;
    },
  };
}

/** A comma-separated parameter as its parts. */
export const commaList = z.transform((s: string) => s.split(','));

/**
 * A comma-separated list of short texts a student will read (outcome labels, tokens): each
 * trimmed, non-empty, at most `maxLength` characters, and free of unsafe characters.
 */
export function textListSchema(what: string, maxLength: number) {
  return z.pipe(
    z.string(),
    z.pipe(
      commaList,
      z.array(
        z.string().check(
          z.trim(),
          z.minLength(1, { error: `${what} cannot be empty` }),
          z.maxLength(maxLength, {
            error: `${what} can have at most ${maxLength} characters`,
          }),
          z.refine((text) => !unsafeCharacters.test(text), {
            error: `${what} cannot contain control or text-direction characters`,
          }),
        ),
      ),
    ),
  );
}
