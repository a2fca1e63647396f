import { embedTargetOf } from '../shared/embed-target-of';
import { copyEmbedLink } from '../shared/copy-embed-link';
import { formatQuantity } from '../shared/format';
import { bestThreshold, splitMetrics, thresholdRange } from './split';
import type { SplitState } from './state';
import { splitWidgets } from './store';
import { toSplitSearch } from './url-state';

/** "Threshold 5.5: left 4 and 1, right 2 and 3, gain 0.125 bits" for the live region. */
export function describeSplit(state: SplitState): string {
  const m = splitMetrics(state);
  return `Threshold ${state.threshold}: left ${m.left.join(' and ')}, right ${m.right.join(' and ')}, information gain ${formatQuantity(m.informationGain, state.unit)}`;
}

/** Everything a student can do to one split widget; created once per widget. */
export function splitActions(id: string, announce: (text: string) => void) {
  const current = () => splitWidgets.store.getState().widgets[id]!;
  const commit = (assisted = false) => {
    splitWidgets.commit(id, assisted);
    announce(describeSplit(current()));
  };
  return {
    commit: () => commit(),
    moveThreshold(value: number) {
      const { min, max } = thresholdRange(current().x);
      splitWidgets.update(id, { threshold: Math.min(max, Math.max(min, value)) });
    },
    /** Puts the threshold where the gain is largest: a helper, so challenges do not count it. */
    bestSplit() {
      const { threshold } = bestThreshold(current());
      if (Number.isFinite(threshold)) splitWidgets.update(id, { threshold });
      commit(true);
    },
    setUnit(unit: SplitState['unit']) {
      splitWidgets.update(id, { unit });
      commit();
    },
    copyLink: () => copyEmbedLink('split', toSplitSearch(current())),
    /** What the Embed dialog offers: the embed page in this state (titles load on demand). */
    embedTarget: () => embedTargetOf('split', toSplitSearch(current())),
  };
}

export type SplitActions = ReturnType<typeof splitActions>;
