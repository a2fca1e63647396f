// zod/mini: full zod validation at a fraction of the bundle size.
import * as z from 'zod/mini';
import { commaList, SILENT_RESCALE, textListSchema, urlParamReader } from '../shared/url-params';
import { MAX_OUTCOMES, MIN_OUTCOMES } from './redistribute';
import { defaultLabels, defaultPQState, MAX_EPSILON, type PQState } from './state';

const MAX_LABEL_LENGTH = 24;

const weightsSchema = z.pipe(
  z.string(),
  z.pipe(
    commaList,
    z
      .array(
        z.pipe(
          z.transform((s: string) => (s.trim() === '' ? NaN : Number(s))),
          z
            .number({ error: 'every value must be a number' })
            .check(z.gte(0, { error: 'probabilities cannot be negative' })),
        ),
      )
      .check(
        z.minLength(MIN_OUTCOMES, { error: `it needs at least ${MIN_OUTCOMES} outcomes` }),
        z.maxLength(MAX_OUTCOMES, { error: `it can have at most ${MAX_OUTCOMES} outcomes` }),
        z.refine((w) => w.some((x) => x > 0), { error: 'the values cannot all be 0' }),
      ),
  ),
);

const labelsSchema = textListSchema('labels', MAX_LABEL_LENGTH);

const unitSchema = z.enum(['bits', 'nats'], { error: 'the unit must be bits or nats' });
const flagSchema = z.pipe(
  z.enum(['1', '0', 'true', 'false'], { error: 'use 1 or 0' }),
  z.transform((s) => s === '1' || s === 'true'),
);
const epsilonSchema = z.pipe(
  z.transform((s: string) => Number(s)),
  z
    .number({ error: 'it must be a number' })
    .check(
      z.gte(0, { error: `it must be between 0 and ${MAX_EPSILON}` }),
      z.lte(MAX_EPSILON, { error: `it must be between 0 and ${MAX_EPSILON}` }),
    ),
);

/** The widget state a URL asks for, and one plain sentence for each part that was not used. */
export interface ParsedPQState {
  state: PQState;
  notices: string[];
}

/**
 * Reads `?p=..&q=..&labels=..&unit=..&lockP=..&eps=..&showQ=..`. Anything malformed falls back to a
 * sensible value with a notice; weights that do not sum to 1 are rescaled (the evident
 * intent). Never throws.
 */
export function parsePQSearch(search: string): ParsedPQState {
  const { read, notices } = urlParamReader(search);

  function distribution(name: 'p' | 'q', weights: number[] | undefined): number[] | undefined {
    if (!weights) return undefined;
    const total = weights.reduce((a, b) => a + b, 0);
    if (Math.abs(total - 1) > SILENT_RESCALE) {
      notices.push(`${name.toUpperCase()} did not add up to 1, so it was rescaled.`);
    }
    return weights.map((w) => w / total);
  }

  let p = distribution('p', read('p', weightsSchema));
  let q = distribution('q', read('q', weightsSchema));
  const n = p?.length ?? q?.length ?? defaultPQState.p.length;
  const uniform = () => Array.from({ length: n }, () => 1 / n);
  if (q && q.length !== n) {
    notices.push(`Q had ${q.length} outcomes but P has ${n}, so Q was made uniform.`);
    q = uniform();
  }
  if (n !== defaultPQState.p.length) {
    p ??= uniform();
    q ??= uniform();
  }

  let labels = read('labels', labelsSchema);
  if (labels && labels.length !== n) {
    notices.push(
      `There were ${labels.length} labels for ${n} outcomes, so default labels are used.`,
    );
    labels = undefined;
  }

  return {
    state: {
      p: p ?? [...defaultPQState.p],
      q: q ?? [...defaultPQState.q],
      labels: labels ?? defaultLabels(n),
      unit: read('unit', unitSchema) ?? defaultPQState.unit,
      lockP: read('lockP', flagSchema) ?? defaultPQState.lockP,
      epsilon: read('eps', epsilonSchema) ?? defaultPQState.epsilon,
      showQ: read('showQ', flagSchema) ?? defaultPQState.showQ,
    },
    notices,
  };
}

/** Probabilities for a link: 6 decimals is finer than any drag, and keeps URLs short. */
function formatWeights(p: readonly number[]): string {
  return p.map((x) => String(Number(x.toFixed(6)))).join(',');
}

/** The query string that reproduces `state` (the inverse of parsePQSearch). */
export function toPQSearch(state: PQState): string {
  const params = new URLSearchParams({
    p: formatWeights(state.p),
    q: formatWeights(state.q),
    labels: state.labels.join(','),
    unit: state.unit,
  });
  if (state.lockP) params.set('lockP', '1');
  if (state.epsilon > 0) params.set('eps', String(state.epsilon));
  if (!state.showQ) params.set('showQ', '0');
  return params.toString();
}
