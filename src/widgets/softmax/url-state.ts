// zod/mini: full zod validation at a fraction of the bundle size.
import * as z from 'zod/mini';
import { commaList, textListSchema, urlParamReader } from '../shared/url-params';
import {
  defaultClassLabels,
  defaultSoftmaxState,
  LOGIT_LIMIT,
  MAX_CLASSES,
  MAX_LABEL_LENGTH,
  MAX_SMOOTHING,
  MAX_TEMPERATURE,
  MIN_CLASSES,
  MIN_TEMPERATURE,
  type SoftmaxState,
} from './state';

const toNumber = z.transform((s: string) => (s.trim() === '' ? NaN : Number(s)));

const logitsSchema = z.pipe(
  z.string(),
  z.pipe(
    commaList,
    z
      .array(
        z.pipe(
          toNumber,
          z.number({ error: 'every logit must be a number' }).check(
            z.gte(-LOGIT_LIMIT, {
              error: `logits must be from -${LOGIT_LIMIT} to ${LOGIT_LIMIT}`,
            }),
            z.lte(LOGIT_LIMIT, {
              error: `logits must be from -${LOGIT_LIMIT} to ${LOGIT_LIMIT}`,
            }),
          ),
        ),
      )
      .check(
        z.minLength(MIN_CLASSES, { error: `it needs at least ${MIN_CLASSES} classes` }),
        z.maxLength(MAX_CLASSES, { error: `it can have at most ${MAX_CLASSES} classes` }),
      ),
  ),
);

const labelsSchema = textListSchema('labels', MAX_LABEL_LENGTH);

/** A number in [min, max] read from a parameter. */
const rangeSchema = (min: number, max: number, what: string) =>
  z.pipe(
    toNumber,
    z
      .number({ error: `${what} must be a number` })
      .check(
        z.gte(min, { error: `${what} must be from ${min} to ${max}` }),
        z.lte(max, { error: `${what} must be from ${min} to ${max}` }),
      ),
  );

const targetSchema = z.pipe(
  toNumber,
  z
    .number({ error: 'the true class must be a number' })
    .check(
      z.int({ error: 'the true class must be a whole number' }),
      z.gte(0, { error: 'the true class cannot be negative' }),
    ),
);
const unitSchema = z.enum(['bits', 'nats'], { error: 'the unit must be bits or nats' });

/** The widget state a URL asks for, and one plain sentence for each part that was not used. */
export interface ParsedSoftmaxState {
  state: SoftmaxState;
  notices: string[];
}

/**
 * Reads `?logits=2,1,0.1&labels=cat,dog,bird&target=0&T=1&eps=0&unit=nats&teacher=3,1,0.2`.
 * Anything malformed falls back to a sensible value with a notice. Never throws.
 */
export function parseSoftmaxSearch(search: string): ParsedSoftmaxState {
  const { read, notices } = urlParamReader(search);
  const logits = read('logits', logitsSchema) ?? [...defaultSoftmaxState.logits];
  const n = logits.length;

  let teacher = read('teacher', logitsSchema) ?? null;
  if (teacher && teacher.length !== n) {
    notices.push(`The teacher had ${teacher.length} logits for ${n} classes, so it was left out.`);
    teacher = null;
  }
  let labels = read('labels', labelsSchema);
  if (labels && labels.length !== n) {
    notices.push(
      `There were ${labels.length} labels for ${n} classes, so default labels are used.`,
    );
    labels = undefined;
  }
  let target = read('target', targetSchema);
  if (target !== undefined && target >= n) {
    notices.push(`There is no class ${target} among ${n} (they count from 0), so class 0 is used.`);
    target = undefined;
  }
  return {
    state: {
      logits,
      labels: labels ?? defaultClassLabels(n),
      target: target ?? 0,
      temperature:
        read('T', rangeSchema(MIN_TEMPERATURE, MAX_TEMPERATURE, 'the temperature')) ??
        defaultSoftmaxState.temperature,
      epsilon:
        read('eps', rangeSchema(0, MAX_SMOOTHING, 'label smoothing')) ??
        defaultSoftmaxState.epsilon,
      unit: read('unit', unitSchema) ?? defaultSoftmaxState.unit,
      teacher,
    },
    notices,
  };
}

/** Logits for a link: 3 decimals is finer than a drag moves them. */
const formatLogits = (logits: readonly number[]) =>
  logits.map((x) => String(Number(x.toFixed(3)))).join(',');

/** The query string that reproduces `state` (the inverse of parseSoftmaxSearch). */
export function toSoftmaxSearch(state: SoftmaxState): string {
  const params = new URLSearchParams({
    logits: formatLogits(state.logits),
    labels: state.labels.join(','),
    target: String(state.target),
    T: String(state.temperature),
    eps: String(state.epsilon),
    unit: state.unit,
  });
  if (state.teacher) params.set('teacher', formatLogits(state.teacher));
  return params.toString();
}
