import { useMemo, useState } from 'react';
import { fromNats } from '../../metrics';
import { SlottedFormulaView } from '../shared/SlottedFormulaView';
import { WidgetNotices } from '../shared/WidgetNotices';
import { jointActions } from './actions';
import { JointControls } from './Controls';
import { jointMetrics } from './derive';
import { jointFormula, jointFormulaShapes } from './formula';
import { JointReadout } from './Readout';
import { jointStateFromProps, type JointInitialProps } from './state';
import { jointWidgets } from './store';
import { TableGrid } from './TableGrid';
import './joint.css';

export interface JointTableProps extends JointInitialProps {
  /** Names this widget's state so quizzes can follow it; default "joint". */
  id?: string;
  /** Notices to show above the widget (the embed page lists what it ignored in the URL). */
  notices?: string[];
}

/**
 * The joint distribution of two variables as a table of draggable tiles, with its marginals,
 * H(X), H(Y), H(X,Y), H(X|Y) and I(X;Y). Changing a cell rescales the others so the table keeps
 * summing to 1 (the bar widget's rule).
 */
export function JointTable({ id = 'joint', notices = [], ...initialProps }: JointTableProps) {
  const [initial] = useState(() => jointWidgets.ensure(id, jointStateFromProps(initialProps)));
  const state = jointWidgets.useWidget(id) ?? initial;
  const [announcement, setAnnouncement] = useState('');
  const actions = useMemo(() => jointActions(id, setAnnouncement), [id]);
  const metrics = jointMetrics(state);
  const rows = state.joint.length;
  const cols = state.joint[0]!.length;
  const maxJoint = fromNats(Math.log(rows * cols), state.unit);

  return (
    <figure className="widget joint-widget" aria-label="Joint distribution widget">
      <WidgetNotices notices={notices} />
      <div className="widget-charts">
        <div className="pq-chart">
          <p className="widget-chart-title pq-chart-title">P(X, Y): rows X, columns Y</p>
          <TableGrid
            joint={state.joint}
            px={metrics.px}
            py={metrics.py}
            xLabels={state.xLabels}
            yLabels={state.yLabels}
            onChange={actions.moveCell}
            onCommit={actions.commit}
          />
        </div>
        <JointReadout metrics={metrics} unit={state.unit} maxJoint={maxJoint} />
      </div>
      <JointLiveFormula id={id} />
      <JointControls unit={state.unit} actions={actions} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </figure>
  );
}

/**
 * The live formula under the widget. It catches up whenever the widget rests: a drag does not
 * pay for rewriting KaTeX's spans on its moves.
 */
function JointLiveFormula({ id }: { id: string }) {
  const state = jointWidgets.useSettledWidget(id);
  const formula = useMemo(() => state && jointFormula(state), [state]);
  return <SlottedFormulaView of={id} formula={formula} shapes={jointFormulaShapes} />;
}
