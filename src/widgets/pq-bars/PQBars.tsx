import { useCallback, useMemo, useState } from 'react';
import { entropy } from '../../metrics';
import { ensurePQWidget, usePQWidget } from '../../store/pq-widgets';
import { pqActions } from './actions';
import { BarChart } from './BarChart';
import { Contributions } from './Contributions';
import { controlNames, Controls, type ControlName } from './Controls';
import { pqMetrics } from './derive';
import { Readout } from './Readout';
import { labelOf, pqStateFromProps, type PQInitialProps } from './state';
import './pq-bars.css';
import { WidgetNotices } from '../shared/WidgetNotices';
import { formatProbability } from '../shared/format';

export interface PQBarsProps extends PQInitialProps {
  /** Names this widget's state so `<LiveFormula of="...">` and quizzes can follow it; default "pq". */
  id?: string;
  /** Which controls to show (default: all): lock, swap, unit, outcomes, presets, smoothing, labels, link. */
  controls?: ControlName[];
  /** Notices to show above the widget (the embed page lists what it ignored in the URL). */
  notices?: string[];
}

const noFlags: number[] = [];

/**
 * The P/Q bar widget: drag the bars of the truth P and the model Q and watch H(P), H(P,Q) and
 * D(P||Q) move. Pointer and keys share one path: redistribute (pure) → store → readout. The
 * parts a drag does not change (the other chart, the controls) are memoised and skip the
 * re-render, which keeps a drag within one frame on slow phones.
 */
export function PQBars({ id = 'pq', controls, notices = [], ...initialProps }: PQBarsProps) {
  const [initial] = useState(() => ensurePQWidget(id, pqStateFromProps(initialProps)));
  const state = usePQWidget(id) ?? initial;
  const [highlighted, setHighlighted] = useState<number>();
  const [announcement, setAnnouncement] = useState('');
  const actions = useMemo(() => pqActions(id, setAnnouncement), [id]);
  const metrics = pqMetrics(state);
  const n = state.p.length;
  const labels = useMemo(
    () => Array.from({ length: n }, (_, i) => labelOf(state.labels, i)),
    [state.labels, n],
  );
  const shownKey = (controls ?? controlNames).join();
  const shown = useMemo(() => new Set(shownKey.split(',') as ControlName[]), [shownKey]);
  const maxEntropy = useMemo(
    () =>
      entropy(
        Array.from({ length: n }, () => 1 / n),
        state.unit,
      ),
    [n, state.unit],
  );
  const moveP = useCallback((i: number, v: number) => actions.moveBar('P', i, v), [actions]);
  const moveQ = useCallback((i: number, v: number) => actions.moveBar('Q', i, v), [actions]);

  return (
    <figure className="widget pq-widget" aria-label="P and Q bar widget">
      <WidgetNotices notices={notices} />
      <div className="widget-charts">
        <div className="pq-chart">
          <p className="widget-chart-title pq-chart-title pq-title-p">
            <span className="pq-swatch" aria-hidden="true" />{' '}
            {state.showQ ? 'P, the truth' : 'P, a distribution'}
            {state.lockP ? ' (locked)' : ''}
          </p>
          <BarChart
            name="P"
            values={state.p}
            labels={labels}
            locked={state.lockP}
            flagged={noFlags}
            highlighted={highlighted}
            onChange={moveP}
            onCommit={actions.commit}
            onHighlight={setHighlighted}
          />
        </div>
        {state.showQ ? (
          <div className="pq-chart">
            <p className="widget-chart-title pq-chart-title pq-title-q">
              <span className="pq-swatch" aria-hidden="true" /> Q, the model
            </p>
            <BarChart
              name="Q"
              values={state.q}
              drawn={state.epsilon > 0 ? metrics.model : undefined}
              labels={labels}
              locked={false}
              flagged={metrics.impossible}
              highlighted={highlighted}
              onChange={moveQ}
              onCommit={actions.commit}
              onHighlight={setHighlighted}
            />
            {state.epsilon > 0 ? (
              <p className="pq-chart-note">
                Bars: Q after model smoothing (ε = {formatProbability(state.epsilon)}), as the
                readout uses it. Dashed outlines: your Q before smoothing.
              </p>
            ) : null}
          </div>
        ) : null}
        <Readout
          metrics={metrics}
          unit={state.unit}
          maxEntropy={maxEntropy}
          labels={labels}
          showQ={state.showQ}
        />
      </div>
      <Controls
        n={n}
        lockP={state.lockP}
        unit={state.unit}
        epsilon={state.epsilon}
        labels={state.labels}
        showQ={state.showQ}
        shown={shown}
        actions={actions}
      />
      <Contributions id={id} highlighted={highlighted} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </figure>
  );
}
