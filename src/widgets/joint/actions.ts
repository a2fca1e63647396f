import { embedTargetOf } from '../shared/embed-target-of';
import { copyEmbedLink } from '../shared/copy-embed-link';
import { formatQuantity } from '../shared/format';
import { jointMetrics } from './derive';
import { jointPresets, type JointState } from './state';
import { jointWidgets } from './store';
import { productOfMarginals, setCell } from './table';
import { toJointSearch } from './url-state';

/** "H(X) 1.000 bits, ..., I(X;Y) 0.125 bits" for the live region, read after each commit. */
export function describeJoint(state: JointState): string {
  const m = jointMetrics(state);
  const q = (v: number) => formatQuantity(v, state.unit);
  return `H(X) ${q(m.entropyX)}, H(Y) ${q(m.entropyY)}, H(X,Y) ${q(m.jointEntropy)}, H(X|Y) ${q(m.conditionalEntropy)}, I(X;Y) ${q(m.mutualInformation)}`;
}

/**
 * Everything a student can do to one joint widget. Moving a cell is an input; `commit` ends a
 * drag or key press; buttons change and commit at once. Created once per widget.
 */
export function jointActions(id: string, announce: (text: string) => void) {
  const current = () => jointWidgets.store.getState().widgets[id]!;
  // `assisted` when a button made the state (Make independent), so challenges can tell.
  const commit = (assisted = false) => {
    jointWidgets.commit(id, assisted);
    announce(describeJoint(current()));
  };
  const change = (patch: Partial<JointState>, assisted = false) => {
    jointWidgets.update(id, patch);
    commit(assisted);
  };
  return {
    commit: () => commit(),
    moveCell(i: number, j: number, value: number) {
      jointWidgets.update(id, { joint: setCell(current().joint, i, j, value) });
    },
    makeIndependent: () => change({ joint: productOfMarginals(current().joint) }, true),
    applyPreset(index: number) {
      const preset = jointPresets[index]!;
      change({
        joint: preset.joint.map((row) => [...row]),
        xLabels: [...preset.xLabels],
        yLabels: [...preset.yLabels],
      });
    },
    setUnit: (unit: JointState['unit']) => change({ unit }),
    copyLink: () => copyEmbedLink('joint', toJointSearch(current())),
    /** What the Embed dialog offers: the embed page in this state (titles load on demand). */
    embedTarget: () => embedTargetOf('joint', toJointSearch(current())),
  };
}

export type JointActions = ReturnType<typeof jointActions>;
