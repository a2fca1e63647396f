// zod/mini: full zod validation at a fraction of the bundle size.
import * as z from 'zod/mini';
import { SILENT_RESCALE, urlParamReader } from '../shared/url-params';
import type { Mixture } from '../../metrics';
import {
  defaultKLState,
  MAX_COMPONENTS,
  MU_RANGE,
  P_SIGMA_RANGE,
  SIGMA_RANGE,
  type KLState,
} from './state';

const number = z.pipe(
  z.transform((s: string) => (s.trim() === '' ? NaN : Number(s))),
  z.number({ error: 'every value must be a number' }),
);

function between(range: { min: number; max: number }, what: string) {
  const error = `${what} must be between ${range.min} and ${range.max}`;
  return z.pipe(number, z.number().check(z.gte(range.min, { error }), z.lte(range.max, { error })));
}

/** One component, written weight:mean:sd. */
const componentSchema = z.pipe(
  z.transform((s: string) => s.split(':')),
  z.pipe(
    // Counted first: the tuple would hand a missing part to its parser as undefined.
    z.array(z.string()).check(z.length(3, { error: 'each component is weight:mean:sd' })),
    z.tuple([
      z.pipe(number, z.number().check(z.gte(0, { error: 'weights cannot be negative' }))),
      between(MU_RANGE, 'means'),
      between(P_SIGMA_RANGE, 'standard deviations'),
    ]),
  ),
);

const mixtureSchema = z.pipe(
  z.string(),
  z.pipe(
    z.transform((s: string) => s.split(',')),
    z.array(componentSchema).check(
      z.minLength(1, { error: 'it needs a component' }),
      z.maxLength(MAX_COMPONENTS, { error: `it can have at most ${MAX_COMPONENTS} components` }),
      z.refine((cs) => cs.some(([w]) => w > 0), { error: 'the weights cannot all be 0' }),
    ),
  ),
);

const unitSchema = z.enum(['bits', 'nats'], { error: 'the unit must be bits or nats' });
const directionSchema = z.enum(['forward', 'reverse'], {
  error: 'the direction must be forward or reverse',
});

/** The widget state a URL asks for, and one plain sentence for each part that was not used. */
export interface ParsedKLState {
  state: KLState;
  notices: string[];
}

/**
 * Reads `?mix=0.5:-2.2:0.7,0.5:2.2:0.7&mu=0&sigma=1.5&unit=nats&dir=forward`. Anything malformed
 * falls back to the default with a notice; weights that do not sum to 1 are rescaled. Never throws.
 */
export function parseKLSearch(search: string): ParsedKLState {
  const { read, notices } = urlParamReader(search);

  let p: Mixture | undefined;
  const components = read('mix', mixtureSchema);
  if (components) {
    const total = components.reduce((a, [w]) => a + w, 0);
    if (Math.abs(total - 1) > SILENT_RESCALE) {
      notices.push('The mixture weights did not add up to 1, so they were rescaled.');
    }
    p = components.map(([weight, mu, sigma]) => ({ weight: weight / total, mu, sigma }));
  }

  return {
    state: {
      p: p ?? defaultKLState.p.map((c) => ({ ...c })),
      q: {
        mu: read('mu', between(MU_RANGE, 'the mean')) ?? defaultKLState.q.mu,
        sigma:
          read('sigma', between(SIGMA_RANGE, 'the standard deviation')) ?? defaultKLState.q.sigma,
      },
      unit: read('unit', unitSchema) ?? defaultKLState.unit,
      direction: read('dir', directionSchema) ?? defaultKLState.direction,
    },
    notices,
  };
}

/** 4 decimals is finer than any drag, and keeps links short. */
const short = (x: number) => String(Number(x.toFixed(4)));

/** The query string that reproduces `state` (the inverse of parseKLSearch). */
export function toKLSearch(state: KLState): string {
  const params = new URLSearchParams({
    mix: state.p.map((c) => `${short(c.weight)}:${short(c.mu)}:${short(c.sigma)}`).join(','),
    mu: short(state.q.mu),
    sigma: short(state.q.sigma),
    unit: state.unit,
  });
  if (state.direction !== 'forward') params.set('dir', state.direction);
  return params.toString();
}
