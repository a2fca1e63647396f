import type * as z from 'zod/mini';

/** Shared links round probabilities; sums off 1 by more than this are worth a notice. */
export const SILENT_RESCALE = 1e-3;

const quote = (raw: string) => (raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);

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
