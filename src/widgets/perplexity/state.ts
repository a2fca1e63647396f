import type { Unit } from '../../metrics';

/** Everything the per-token loss widget shows; every number on screen is derived from this. */
export interface TokenLossState {
  /** The sentence, one token per entry: the token that actually came next at each position. */
  tokens: string[];
  /** For each token, the probability the model gave it, in [MIN_Q, 1]. */
  q: number[];
  unit: Unit;
}

export const MIN_Q = 0.001;
export const MIN_TOKENS = 1;
export const MAX_TOKENS = 12;
export const MAX_TOKEN_LENGTH = 16;

export const defaultTokenLossState: TokenLossState = {
  tokens: ['the', 'cat', 'sat'],
  q: [0.5, 0.25, 0.8],
  unit: 'nats',
};

/** Keeps a probability inside what the bars can show, to three significant digits. */
export const clampQ = (q: number) => Math.min(1, Math.max(MIN_Q, Number(q.toPrecision(3))));

/** Widget props an author writes in MDX; anything left out takes the default. */
export interface TokenLossInitialProps {
  tokens?: string[];
  q?: number[];
  unit?: Unit;
}

/**
 * The starting state from an author's props. Mistakes throw with a message naming the prop, which
 * fails the build at prerender rather than showing students a broken widget.
 */
export function tokenLossStateFromProps(props: TokenLossInitialProps): TokenLossState {
  const tokens = props.tokens ?? defaultTokenLossState.tokens;
  const q = props.q ?? tokens.map(() => 0.5);
  if (tokens.length < MIN_TOKENS || tokens.length > MAX_TOKENS) {
    throw new RangeError(
      `TokenLoss: tokens must have 1 to ${MAX_TOKENS} entries, got ${tokens.length}`,
    );
  }
  if (q.length !== tokens.length) {
    throw new RangeError(`TokenLoss: ${q.length} probabilities for ${tokens.length} tokens`);
  }
  if (!q.every((x) => x >= MIN_Q && x <= 1)) {
    throw new RangeError(`TokenLoss: q must be numbers from ${MIN_Q} to 1: [${q.join(', ')}]`);
  }
  return { tokens: [...tokens], q: [...q], unit: props.unit ?? defaultTokenLossState.unit };
}
