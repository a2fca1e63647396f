import { useState } from 'react';
import { entropy } from '../../metrics';
import {
  ensurePQWidget,
  pqWidgetsStore,
  updatePQWidget,
  usePQWidget,
} from '../../store/pq-widgets';
import { formatQuantity } from '../shared/format';
import { BarChart } from './BarChart';
import { Contributions } from './Contributions';
import { controlNames, Controls, type ControlActions, type ControlName } from './Controls';
import { pqMetrics } from './derive';
import { Readout } from './Readout';
import { addOutcome, redistribute, removeOutcome } from './redistribute';
import {
  defaultLabels,
  labelOf,
  pqStateFromProps,
  presets,
  type PQInitialProps,
  type PQState,
} from './state';
import { toPQSearch } from './url-state';
import './pq-bars.css';

export interface PQBarsProps extends PQInitialProps {
  /** Names this widget's state so `<LiveFormula of="...">` and quizzes can follow it; default "pq". */
  id?: string;
  /** Which controls to show (default: all): lock, swap, unit, outcomes, presets, smoothing, labels, link. */
  controls?: ControlName[];
  /** Notices to show above the widget (the embed page lists what it ignored in the URL). */
  notices?: string[];
}

/** "H(P) = 1.000 bits, ..." for the live region, read after each committed change. */
function describe(state: PQState): string {
  const m = pqMetrics(state);
  const parts = [
    `H(P) ${formatQuantity(m.entropy, state.unit)}`,
    `H(P,Q) ${formatQuantity(m.crossEntropy, state.unit)}`,
    `D(P‖Q) ${formatQuantity(m.klDivergence, state.unit)}`,
  ];
  return parts.join(', ').replaceAll('∞', 'infinite');
}

/**
 * The P/Q bar widget: drag the bars of the truth P and the model Q and watch H(P), H(P,Q) and
 * D(P||Q) move. Pointer and keys share one path: redistribute (pure) → store → readout.
 */
export function PQBars({ id = 'pq', controls, notices = [], ...initialProps }: PQBarsProps) {
  const [initial] = useState(() => ensurePQWidget(id, pqStateFromProps(initialProps)));
  const state = usePQWidget(id) ?? initial;
  const [highlighted, setHighlighted] = useState<number>();
  const [announcement, setAnnouncement] = useState('');
  const metrics = pqMetrics(state);
  const n = state.p.length;
  const labels = state.p.map((_, i) => labelOf(state.labels, i));
  const shown = new Set<ControlName>(controls ?? controlNames);

  const current = () => pqWidgetsStore.getState().widgets[id] ?? state;
  const commit = () => setAnnouncement(describe(current()));
  const change = (patch: Partial<PQState>) => {
    updatePQWidget(id, patch);
    commit();
  };

  const actions: ControlActions = {
    setLockP: (lockP) => change({ lockP }),
    swap: () => change({ p: current().q, q: current().p }),
    setUnit: (unit) => change({ unit }),
    addOutcome: () => {
      const s = current();
      change({
        p: addOutcome(s.p),
        q: addOutcome(s.q),
        labels: n + 1 === 2 ? defaultLabels(2) : [...s.labels, `outcome ${n + 1}`],
      });
    },
    removeOutcome: () => {
      const s = current();
      change({
        p: removeOutcome(s.p, n - 1),
        q: removeOutcome(s.q, n - 1),
        labels: s.labels.slice(0, -1),
      });
    },
    applyPreset: (i) => {
      const preset = presets[i]!;
      change({ p: [...preset.p], q: [...preset.q], labels: [...preset.labels] });
    },
    setEpsilon: (epsilon) => change({ epsilon }),
    setLabel: (i, label) => updatePQWidget(id, { labels: current().labels.with(i, label) }),
    copyLink: async () => {
      const link = `${window.location.origin}${import.meta.env.BASE_URL}embed/widgets/pq/?${toPQSearch(current())}`;
      try {
        await navigator.clipboard.writeText(link);
        return { link, copied: true };
      } catch {
        return { link, copied: false };
      }
    },
  };

  const chart = (name: 'P' | 'Q') => (
    <BarChart
      name={name}
      values={name === 'P' ? state.p : state.q}
      labels={labels}
      locked={name === 'P' && state.lockP}
      flagged={name === 'Q' ? metrics.impossible : []}
      highlighted={highlighted}
      onChange={(i, value) => {
        const s = current();
        if (name === 'P') {
          if (!s.lockP) updatePQWidget(id, { p: redistribute(s.p, i, value) });
        } else {
          updatePQWidget(id, { q: redistribute(s.q, i, value) });
        }
      }}
      onCommit={commit}
      onHighlight={setHighlighted}
    />
  );

  return (
    <figure className="pq-widget" aria-label="P and Q bar widget">
      {notices.length > 0 ? (
        <ul className="widget-notices" aria-label="Ignored settings">
          {notices.map((notice) => (
            <li key={notice}>{notice}</li>
          ))}
        </ul>
      ) : null}
      <div className="pq-charts">
        <div className="pq-chart">
          <p className="pq-chart-title pq-title-p">
            <span className="pq-swatch" aria-hidden="true" /> P, the truth
            {state.lockP ? ' (locked)' : ''}
          </p>
          {chart('P')}
        </div>
        <div className="pq-chart">
          <p className="pq-chart-title pq-title-q">
            <span className="pq-swatch" aria-hidden="true" /> Q, the model
            {state.epsilon > 0 ? `, smoothed by ε = ${state.epsilon.toFixed(2)}` : ''}
          </p>
          {chart('Q')}
        </div>
        <Readout
          metrics={metrics}
          unit={state.unit}
          maxEntropy={entropy(
            Array.from({ length: n }, () => 1 / n),
            state.unit,
          )}
          labels={labels}
        />
      </div>
      <Controls state={state} shown={shown} actions={actions} />
      <Contributions
        p={state.p}
        metrics={metrics}
        labels={labels}
        unit={state.unit}
        highlighted={highlighted}
      />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </figure>
  );
}
