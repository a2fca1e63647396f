// zod/mini: full zod validation at a fraction of the bundle size.
import * as z from 'zod/mini';
import { commaList, textListSchema, urlParamReader } from '../shared/url-params';
import {
  defaultTokenLossState,
  MAX_TOKEN_LENGTH,
  MAX_TOKENS,
  MIN_Q,
  type TokenLossState,
} from './state';

const tokensSchema = z.pipe(
  textListSchema('tokens', MAX_TOKEN_LENGTH),
  z
    .array(z.string())
    .check(z.maxLength(MAX_TOKENS, { error: `there can be at most ${MAX_TOKENS} tokens` })),
);

const qSchema = z.pipe(
  z.string(),
  z.pipe(
    commaList,
    z
      .array(
        z.pipe(
          z.transform((s: string) => (s.trim() === '' ? NaN : Number(s))),
          z
            .number({ error: 'every probability must be a number' })
            .check(
              z.gte(MIN_Q, { error: `probabilities must be from ${MIN_Q} to 1` }),
              z.lte(1, { error: `probabilities must be from ${MIN_Q} to 1` }),
            ),
        ),
      )
      .check(z.maxLength(MAX_TOKENS, { error: `there can be at most ${MAX_TOKENS} tokens` })),
  ),
);
const unitSchema = z.enum(['bits', 'nats'], { error: 'the unit must be bits or nats' });

/** The widget state a URL asks for, and one plain sentence for each part that was not used. */
export interface ParsedTokenLossState {
  state: TokenLossState;
  notices: string[];
}

/** Reads `?tokens=the,cat,sat&q=0.5,0.25,0.8&unit=nats`; never throws, notices say what was ignored. */
export function parseTokenLossSearch(search: string): ParsedTokenLossState {
  const { read, notices } = urlParamReader(search);
  let tokens = read('tokens', tokensSchema);
  let q = read('q', qSchema);
  if (tokens && q && q.length !== tokens.length) {
    notices.push(
      `There were ${q.length} probabilities for ${tokens.length} tokens, so each token starts at 0.5.`,
    );
    q = undefined;
  }
  if (!tokens && q && q.length !== defaultTokenLossState.tokens.length) {
    notices.push(`The probabilities came without their tokens, so the example sentence is used.`);
    q = undefined;
  }
  const fallbackQ = tokens ? tokens.map(() => 0.5) : [...defaultTokenLossState.q];
  tokens ??= [...defaultTokenLossState.tokens];
  q ??= fallbackQ;
  return {
    state: { tokens, q, unit: read('unit', unitSchema) ?? defaultTokenLossState.unit },
    notices,
  };
}

/** The query string that reproduces `state` (the inverse of parseTokenLossSearch). */
export function toTokenLossSearch(state: TokenLossState): string {
  return new URLSearchParams({
    tokens: state.tokens.join(','),
    q: state.q.map((x) => String(x)).join(','),
    unit: state.unit,
  }).toString();
}
