// zod/mini: both ends of the worker channel validate what they receive.
import * as z from 'zod/mini';

const finite = z.number().check(z.refine(Number.isFinite, { error: 'must be finite' }));

/** Main thread -> worker: compute both landscapes for this P, coarse level first. */
export const landscapeRequest = z.object({
  generation: z.number().check(z.int()),
  p: z
    .array(z.object({ weight: finite, mu: finite, sigma: finite }))
    .check(z.minLength(1), z.maxLength(8)),
  levels: z
    .array(
      z.object({
        cols: z.number().check(z.int(), z.gte(1), z.lte(400)),
        rows: z.number().check(z.int(), z.gte(1), z.lte(400)),
      }),
    )
    .check(z.minLength(1)),
});
export type LandscapeRequest = z.infer<typeof landscapeRequest>;

/** Worker -> main thread: one finished level, with the worker's own compute time. */
export const landscapeResponse = z.object({
  generation: z.number().check(z.int()),
  cols: z.number().check(z.int()),
  rows: z.number().check(z.int()),
  forward: z.instanceof(Float64Array),
  reverse: z.instanceof(Float64Array),
  computeMs: z.number(),
  final: z.boolean(),
});
export type LandscapeResponse = z.infer<typeof landscapeResponse>;

/** Coarse first so a picture appears at once, then the full resolution. */
export const LEVELS = [
  { cols: 24, rows: 16 },
  { cols: 120, rows: 80 },
];
