import { useMemo, useState } from 'react';
import { WidgetNotices } from '../shared/WidgetNotices';
import { softmaxActions } from './actions';
import { SoftmaxControls } from './Controls';
import { softmaxMetrics } from './derive';
import { LogitChart } from './LogitChart';
import { ProbabilityChart } from './ProbabilityChart';
import { SoftmaxReadout } from './Readout';
import { softmaxStateFromProps, type SoftmaxInitialProps } from './state';
import { softmaxWidgets } from './store';
import './softmax.css';

export interface SoftmaxLossProps extends SoftmaxInitialProps {
  /** Names this widget's state so formulas and challenges can follow it; default "softmax". */
  id?: string;
  /** Notices to show above the widget (the embed page lists what it ignored in the URL). */
  notices?: string[];
}

/**
 * Logits to loss: drag each class's logit and watch Q = softmax(logits / T), the loss H(P,Q),
 * H(Q) and the perplexity follow. With a `teacher`, a second row of logits gives soft targets
 * and the readout adds the distillation divergence. Pointer and keys share one path: action →
 * store → derived metrics (src/metrics, log-sum-exp throughout).
 */
export function SoftmaxLoss({ id = 'softmax', notices = [], ...initialProps }: SoftmaxLossProps) {
  const [initial] = useState(() => softmaxWidgets.ensure(id, softmaxStateFromProps(initialProps)));
  const state = softmaxWidgets.useWidget(id) ?? initial;
  const [announcement, setAnnouncement] = useState('');
  const actions = useMemo(() => softmaxActions(id, setAnnouncement), [id]);
  const metrics = softmaxMetrics(state);
  const { labels, target, teacher } = state;

  return (
    <figure className="widget softmax-widget" aria-label="Logits to loss widget">
      <WidgetNotices notices={notices} />
      <div className="widget-charts">
        <div className="softmax-chart">
          <p className="widget-chart-title">Logits z (drag the handles)</p>
          <LogitChart
            row="student"
            logits={state.logits}
            labels={labels}
            target={target}
            onChange={actions.moveLogit}
            onCommit={actions.commit}
          />
          {teacher ? (
            <>
              <p className="widget-chart-title">Teacher’s logits</p>
              <LogitChart
                row="teacher"
                logits={teacher}
                labels={labels}
                target={target}
                onChange={actions.moveLogit}
                onCommit={actions.commit}
              />
            </>
          ) : null}
        </div>
        <div className="softmax-chart">
          <p className="widget-chart-title">
            Q = softmax(z / T); line: target P{teacher ? '; dashed: teacher’s soft targets' : ''}
          </p>
          <ProbabilityChart
            q={metrics.q}
            target={metrics.target}
            soft={metrics.soft}
            labels={labels}
          />
          <SoftmaxReadout metrics={metrics} unit={state.unit} temperature={state.temperature} />
        </div>
      </div>
      <SoftmaxControls
        labels={labels}
        target={target}
        temperature={state.temperature}
        epsilon={state.epsilon}
        unit={state.unit}
        actions={actions}
      />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </figure>
  );
}
