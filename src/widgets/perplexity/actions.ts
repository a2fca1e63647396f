import { copyEmbedLink } from '../shared/copy-embed-link';
import { embedTargetOf } from '../shared/embed-target-of';
import { formatNumber, formatQuantity } from '../shared/format';
import { tokenLossMetrics } from './derive';
import { clampQ, type TokenLossState } from './state';
import { tokenLossWidgets } from './store';
import { toTokenLossSearch } from './url-state';

/** "mean loss 0.768 nats, perplexity 2.154, costliest token “cat”" for the live region. */
export function describeTokenLoss(state: TokenLossState): string {
  const m = tokenLossMetrics(state);
  return `mean loss ${formatQuantity(m.meanLoss, state.unit)}, perplexity ${formatNumber(m.perplexity)}, costliest token “${state.tokens[m.costliest]}”`;
}

/** What a student can do to one widget: move a token's probability (input), commit, switch unit. */
export function tokenLossActions(id: string, announce: (text: string) => void) {
  const current = () => tokenLossWidgets.store.getState().widgets[id]!;
  const commit = () => {
    tokenLossWidgets.commit(id);
    announce(describeTokenLoss(current()));
  };
  return {
    commit,
    moveQ(i: number, value: number) {
      tokenLossWidgets.update(id, { q: current().q.with(i, clampQ(value)) });
    },
    setUnit(unit: TokenLossState['unit']) {
      tokenLossWidgets.update(id, { unit });
      commit();
    },
    copyLink: () => copyEmbedLink('perplexity', toTokenLossSearch(current())),
    /** What the Embed dialog offers: this widget's embed page in its current state. */
    embedTarget: () => embedTargetOf('perplexity', toTokenLossSearch(current())),
  };
}

export type TokenLossActions = ReturnType<typeof tokenLossActions>;
