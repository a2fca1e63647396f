import { embedTargetOf } from '../shared/embed-target-of';
import { commitPQWidget, pqWidgetsStore, updatePQWidget } from '../../store/pq-widgets';
import { formatQuantity } from '../shared/format';
import { pqMetrics } from './derive';
import { addOutcome, redistribute, removeOutcome } from './redistribute';
import { defaultLabels, presetsFor, type PQState } from './state';
import { toPQSearch } from './url-state';
import { copyEmbedLink } from '../shared/copy-embed-link';

/** "H(P) 1.000 bits, ..." for the live region, read after each committed change. */
export function describeReadout(state: PQState): string {
  const m = pqMetrics(state);
  if (!state.showQ) return `H(P) ${formatQuantity(m.entropy, state.unit)}`;
  return [
    `H(P) ${formatQuantity(m.entropy, state.unit)}`,
    `H(P,Q) ${formatQuantity(m.crossEntropy, state.unit)}`,
    `D(P‖Q) ${formatQuantity(m.klDivergence, state.unit)}`,
  ]
    .join(', ')
    .replaceAll('∞', 'infinite');
}

/**
 * Everything a student can do to one widget's state. Moving a bar is an input (no announcement);
 * `commit` ends a drag or key press; control actions change and commit at once. Created once
 * per widget, so the functions are stable and memoised components skip re-rendering.
 */
export function pqActions(id: string, announce: (text: string) => void) {
  const current = () => pqWidgetsStore.getState().widgets[id]!;
  const commit = () => {
    commitPQWidget(id);
    announce(describeReadout(current()));
  };
  const change = (patch: Partial<PQState>) => {
    updatePQWidget(id, patch);
    commit();
  };
  const n = () => current().p.length;

  return {
    commit,
    moveBar(name: 'P' | 'Q', i: number, value: number) {
      const s = current();
      if (name === 'Q') updatePQWidget(id, { q: redistribute(s.q, i, value) });
      else if (!s.lockP) updatePQWidget(id, { p: redistribute(s.p, i, value) });
    },
    setLockP: (lockP: boolean) => change({ lockP }),
    swap: () => change({ p: current().q, q: current().p }),
    setUnit: (unit: PQState['unit']) => change({ unit }),
    addOutcome() {
      const s = current();
      const labels = n() + 1 === 2 ? defaultLabels(2) : [...s.labels, `outcome ${n() + 1}`];
      change({ p: addOutcome(s.p), q: addOutcome(s.q), labels });
    },
    removeOutcome() {
      const s = current();
      const last = n() - 1;
      change({
        p: removeOutcome(s.p, last),
        q: removeOutcome(s.q, last),
        labels: s.labels.slice(0, -1),
      });
    },
    applyPreset(index: number) {
      const preset = presetsFor(current().showQ)[index]!;
      const uniform = preset.p.map(() => 1 / preset.p.length);
      change({ p: [...preset.p], q: [...(preset.q ?? uniform)], labels: [...preset.labels] });
    },
    setEpsilon: (epsilon: number) => change({ epsilon }),
    setLabel: (i: number, label: string) =>
      updatePQWidget(id, { labels: current().labels.with(i, label) }),
    /** Copies a link to this state; `copied` is false where the browser refuses the clipboard. */
    copyLink: () => copyEmbedLink('pq', toPQSearch(current())),
    /** What the Embed dialog offers: the embed page in this state (titles load on demand). */
    embedTarget: () => embedTargetOf('pq', toPQSearch(current())),
  };
}

export type PQActions = ReturnType<typeof pqActions>;
