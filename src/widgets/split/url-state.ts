// zod/mini: full zod validation at a fraction of the bundle size.
import * as z from 'zod/mini';
import { urlParamReader } from '../shared/url-params';
import { commaList, unitSchema } from '../shared/url-schemas';
import { thresholdRange } from './split';
import {
  defaultSplitState,
  MAX_CLASSES,
  MAX_SAMPLES,
  samplesProblem,
  type SplitState,
} from './state';

const numberText = z.transform((s: string) => (s.trim() === '' ? NaN : Number(s)));

const listSchema = (item: z.ZodMiniType<number, number>) =>
  z.pipe(
    z.string(),
    z.pipe(
      commaList,
      z
        .array(z.pipe(numberText, item))
        .check(
          z.minLength(2, { error: 'it needs at least 2 samples' }),
          z.maxLength(MAX_SAMPLES, { error: `it can have at most ${MAX_SAMPLES} samples` }),
        ),
    ),
  );

const xSchema = listSchema(z.number({ error: 'every value must be a finite number' }));
const ySchema = listSchema(
  z
    .number({ error: 'every class must be a number' })
    .check(
      z.int({ error: `classes must be whole numbers from 0 to ${MAX_CLASSES - 1}` }),
      z.gte(0, { error: `classes must be from 0 to ${MAX_CLASSES - 1}` }),
      z.lte(MAX_CLASSES - 1, { error: `classes must be from 0 to ${MAX_CLASSES - 1}` }),
    ),
);
const thresholdSchema = z.pipe(numberText, z.number({ error: 'it must be a number' }));

/** The state a URL asks for, and one plain sentence for each part that was not used. */
export interface ParsedSplitState {
  state: SplitState;
  notices: string[];
}

/**
 * Reads `?x=1,2,3&y=0,0,1&t=2.5&unit=bits`. Samples that cannot be used (too many, classes and
 * values of different lengths) give way to the default samples with a notice; a threshold outside
 * the samples' range is moved to its nearest end. Never throws.
 */
export function parseSplitSearch(search: string): ParsedSplitState {
  const { read, notices } = urlParamReader(search);
  const x = read('x', xSchema);
  const y = read('y', ySchema);
  let samples = { x: defaultSplitState.x, y: defaultSplitState.y };
  if (x && y) {
    const problem = samplesProblem(x, y);
    if (problem) notices.push(`Ignored the samples: ${problem}.`);
    else samples = { x, y };
  } else if (x || y) {
    notices.push('Samples need both x and y, so the default samples are used.');
  }
  const range = thresholdRange(samples.x);
  let threshold = read('t', thresholdSchema);
  if (threshold !== undefined && (threshold < range.min || threshold > range.max)) {
    notices.push(`The threshold was outside ${range.min} to ${range.max}, so it was moved inside.`);
    threshold = Math.min(range.max, Math.max(range.min, threshold));
  }
  const fallback = samples.x === defaultSplitState.x ? defaultSplitState.threshold : undefined;
  return {
    state: {
      x: [...samples.x],
      y: [...samples.y],
      threshold: threshold ?? fallback ?? (range.min + range.max) / 2,
      unit: read('unit', unitSchema) ?? defaultSplitState.unit,
    },
    notices,
  };
}

/** The query string that reproduces `state` (the inverse of parseSplitSearch). */
export function toSplitSearch(state: SplitState): string {
  return new URLSearchParams({
    x: state.x.join(','),
    y: state.y.join(','),
    t: String(Number(state.threshold.toFixed(6))),
    unit: state.unit,
  }).toString();
}
