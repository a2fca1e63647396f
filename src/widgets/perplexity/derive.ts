import { costliestToken, meanTokenLoss, perplexity, tokenLosses } from '../../metrics';
import type { TokenLossState } from './state';

/** The numbers the widget shows for one state; all of them come from src/metrics. */
export interface TokenLossMetrics {
  /** -log q of each token, in the state's unit. */
  losses: Float64Array;
  /** Their mean: the loss a framework reports for the sentence. */
  meanLoss: number;
  /** e^(mean loss in nats) = 2^(mean loss in bits). */
  perplexity: number;
  /** The index of the token that costs the most. */
  costliest: number;
}

const cache = new WeakMap<TokenLossState, TokenLossMetrics>();

/** Derives the readout from a state, once per state (states are replaced on every change). */
export function tokenLossMetrics(state: TokenLossState): TokenLossMetrics {
  const cached = cache.get(state);
  if (cached) return cached;
  const meanLoss = meanTokenLoss(state.q, state.unit);
  const metrics: TokenLossMetrics = {
    losses: tokenLosses(state.q, state.unit),
    meanLoss,
    perplexity: perplexity(meanLoss, state.unit),
    costliest: costliestToken(state.q),
  };
  cache.set(state, metrics);
  return metrics;
}
