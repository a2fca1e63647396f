import { embedTargetOf } from '../shared/embed-target-of';
import { forwardKl, reverseKl, type Gaussian, type Mixture } from '../../metrics';
import { commitKLWidget, klWidgetsStore, updateKLWidget } from '../../store/kl-widgets';
import { formatNumber, formatQuantity } from '../shared/format';
import { klMetrics } from './derive';
import { bestForward, bestReverseNear } from './optimum';
import { setShape, setWeight } from './p-edit';
import { clamp, MU_RANGE, presets, SIGMA_RANGE, type KLState } from './state';
import { toKLSearch } from './url-state';
import { copyEmbedLink } from '../shared/copy-embed-link';

/** "D(P‖Q) 0.756 nats, D(Q‖P) 1.244 nats" for the live region, read after each commit. */
export function describeReadout(state: KLState): string {
  const m = klMetrics(state);
  return `D(P‖Q) ${formatQuantity(m.forward, state.unit)}, D(Q‖P) ${formatQuantity(m.reverse, state.unit)}`;
}

const describeQ = (q: Gaussian) => `μ = ${formatNumber(q.mu)}, σ = ${formatNumber(q.sigma)}`;

/**
 * Everything a student can do to one explorer's state. Moving Q is an input (no announcement);
 * `commit` ends a drag or key press; buttons change and commit at once. Animations (best fits,
 * descent) feed frames through the same input path and commit when they land; any other
 * input cancels a running one. Created once per widget, so the functions are stable.
 */
export function klActions(id: string, announce: (text: string) => void) {
  const current = () => klWidgetsStore.getState().widgets[id]!;
  let cancel: (() => void) | undefined;
  const stop = () => {
    cancel?.();
    cancel = undefined;
  };
  const commit = (prefix = '', assisted = false) => {
    commitKLWidget(id, assisted);
    announce(prefix + describeReadout(current()));
  };
  const change = (patch: Partial<KLState>) => {
    stop();
    updateKLWidget(id, patch);
    commit();
  };
  const setP = (p: Mixture) => change({ p });
  /**
   * Starts an animation once its code has arrived: only buttons animate, so a page loads that
   * code at the first press, not before. `start` returns how to halt it (harmless once it has
   * landed). An input before the code arrives cancels it (`onCancel`).
   */
  const animate = (
    start: (motion: typeof import('./animate')) => () => void,
    onCancel?: () => void,
  ) => {
    stop();
    let cancelled = false;
    cancel = () => {
      cancelled = true;
      onCancel?.();
    };
    void import('./animate').then((motion) => {
      if (!cancelled) cancel = start(motion);
    });
  };
  const animateTo = (target: Gaussian, note: string) =>
    animate(({ tweenQ }) =>
      tweenQ(
        current().q,
        target,
        (q) => updateKLWidget(id, { q }),
        () => {
          cancel = undefined;
          // A best-fit button found this Q: it does not count as the student's own move.
          commit(`${note} `, true);
        },
      ),
    );

  return {
    commit: () => commit(),
    /** Q follows a drag or a key: clamped to the sliders' ranges. */
    setQ(q: Partial<Gaussian>) {
      stop();
      const s = current().q;
      updateKLWidget(id, {
        q: {
          mu: clamp(q.mu ?? s.mu, MU_RANGE),
          sigma: clamp(q.sigma ?? s.sigma, SIGMA_RANGE),
        },
      });
    },
    /** A click on the landscape: move there and commit. */
    jumpQ(q: Gaussian) {
      change({ q: { mu: clamp(q.mu, MU_RANGE), sigma: clamp(q.sigma, SIGMA_RANGE) } });
    },
    setUnit: (unit: KLState['unit']) => change({ unit }),
    setDirection: (direction: KLState['direction']) => change({ direction }),
    applyPreset: (index: number) => setP(presets[index]!.p.map((c) => ({ ...c }))),
    setWeight: (i: number, v: number) => setP(setWeight(current().p, i, v)),
    setComponent: (i: number, shape: { mu?: number; sigma?: number }) =>
      setP(setShape(current().p, i, shape)),
    bestForward() {
      const target = bestForward(current().p);
      animateTo(target, `Best Q for forward KL: ${describeQ(target)}.`);
    },
    /** Animates to the reverse optimum nearest Q; returns the note about the others. */
    bestReverse(): string {
      const s = current();
      const choice = bestReverseNear(s.p, s.q);
      if (!choice) return 'No reverse-KL optimum was found for this P.';
      const { target, mirrors, local } = choice;
      const notes: string[] = [];
      if (mirrors.length > 0) {
        notes.push(
          `An equally good mirror optimum sits at ${mirrors.map(describeQ).join(' and at ')}: reverse KL picks one bump.`,
        );
      }
      if (local.length > 0) {
        notes.push(
          `A descent can also stop at a worse local minimum: ${local.map(describeQ).join('; ')}.`,
        );
      }
      animateTo(
        { mu: clamp(target.mu, MU_RANGE), sigma: clamp(target.sigma, SIGMA_RANGE) },
        `Best Q for reverse KL: ${describeQ(target)}.`,
      );
      return notes.join(' ');
    },
    /**
     * Gradient descent on the selected direction from the current Q. `onEnd` runs once when it
     * ends: landed, or stopped by `stop` or any other input (the button shows Stop until then).
     */
    descend(onEnd?: () => void) {
      const { p, direction } = current();
      const f = (q: Gaussian) => (direction === 'forward' ? forwardKl(p, q) : reverseKl(p, q));
      let ended = false;
      const end = () => {
        if (!ended) onEnd?.();
        ended = true;
      };
      animate(({ descend }) => {
        const halt = descend(
          f,
          current().q,
          (q) => updateKLWidget(id, { q }),
          (steps) => {
            cancel = undefined;
            end();
            commit(`Descent stopped after ${steps} steps at ${describeQ(current().q)}. `);
          },
        );
        return () => {
          halt();
          end();
        };
      }, end);
    },
    stop,
    /** Copies a link to this state; `copied` is false where the browser refuses the clipboard. */
    copyLink: () => copyEmbedLink('kl-explorer', toKLSearch(current())),
    /** What the Embed dialog offers: the embed page in this state (titles load on demand). */
    embedTarget: () => embedTargetOf('kl-explorer', toKLSearch(current())),
  };
}

export type KLActions = ReturnType<typeof klActions>;
