import { copyEmbedLink } from '../shared/copy-embed-link';
import { embedTargetOf } from '../shared/embed-target-of';
import { formatCount, formatQuantity } from '../shared/format';
import { softmaxMetrics } from './derive';
import { clampLogit, type SoftmaxState } from './state';
import { softmaxWidgets } from './store';
import { toSoftmaxSearch } from './url-state';

/** Which row of logits a handle belongs to. */
export type LogitRow = 'student' | 'teacher';

/** "loss 0.417 nats, entropy of Q ..., perplexity 1.517" for the live region, after each commit. */
export function describeSoftmaxReadout(state: SoftmaxState): string {
  const m = softmaxMetrics(state);
  const parts = [
    `loss H(P,Q) ${formatQuantity(m.crossEntropy, state.unit)}`,
    `entropy of Q ${formatQuantity(m.entropy, state.unit)}`,
    `perplexity ${formatCount(m.perplexity)}`,
  ];
  if (m.klDivergence !== undefined) {
    parts.push(`D(teacher‖student) ${formatQuantity(m.klDivergence, state.unit)}`);
  }
  return parts.join(', ');
}

/**
 * Everything a student can do to one widget's state. Moving a logit is an input (no
 * announcement); `commit` ends a drag or key press; controls change and commit at once. Created
 * once per widget, so the functions are stable and memoised components skip re-rendering.
 */
export function softmaxActions(id: string, announce: (text: string) => void) {
  const current = () => softmaxWidgets.store.getState().widgets[id]!;
  const commit = () => {
    softmaxWidgets.commit(id);
    announce(describeSoftmaxReadout(current()));
  };
  const change = (patch: Partial<SoftmaxState>) => {
    softmaxWidgets.update(id, patch);
    commit();
  };
  return {
    commit,
    moveLogit(row: LogitRow, i: number, value: number) {
      const s = current();
      // Two decimals: finer than a pixel of the chart, and links stay short.
      const v = clampLogit(Math.round(value * 100) / 100);
      if (row === 'student') softmaxWidgets.update(id, { logits: s.logits.with(i, v) });
      else if (s.teacher) softmaxWidgets.update(id, { teacher: s.teacher.with(i, v) });
    },
    setTemperature: (temperature: number) => change({ temperature }),
    setTarget: (target: number) => change({ target }),
    setEpsilon: (epsilon: number) => change({ epsilon }),
    setUnit: (unit: SoftmaxState['unit']) => change({ unit }),
    /** Copies a link to this state; `copied` is false where the browser refuses the clipboard. */
    copyLink: () => copyEmbedLink('softmax', toSoftmaxSearch(current())),
    /** What the Embed dialog offers: this widget's embed page in its current state. */
    embedTarget: () => embedTargetOf('softmax', toSoftmaxSearch(current())),
  };
}

export type SoftmaxActions = ReturnType<typeof softmaxActions>;
