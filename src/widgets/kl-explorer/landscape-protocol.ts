// The landscape worker's channel. A dedicated worker hears only the page that started it, and
// the page only that worker, so nothing on it comes from outside: plain types, no schema (zod
// would be bundled into the worker a second time, 5 KiB a KL page fetches at load).
import type { Mixture } from '../../metrics';

/** Main thread -> worker: compute both landscapes for this P, coarse level first. */
export interface LandscapeRequest {
  generation: number;
  /** P, as the widget state holds it (validated where it came in: props, URL). */
  p: Mixture;
  levels: readonly { cols: number; rows: number }[];
}

/** Worker -> main thread: one finished level, with the worker's own compute time. */
export interface LandscapeResponse {
  generation: number;
  cols: number;
  rows: number;
  forward: Float64Array;
  reverse: Float64Array;
  computeMs: number;
  final: boolean;
}

/** Coarse first so a picture appears at once, then the full resolution. */
export const LEVELS = [
  { cols: 24, rows: 16 },
  { cols: 120, rows: 80 },
];

/**
 * The User Timing measure each arriving level records: from posting the request to the level's
 * arrival, on the main thread's clock, with the worker's own compute time as its detail. Only the
 * newest P's levels are kept. Benches (and DevTools' performance panel) read it; nothing on the
 * page shows it.
 */
export const LANDSCAPE_MEASURE = 'kl-landscape';
