import { memo, useMemo, useState } from 'react';
import { UnitChoice } from '../shared/UnitChoice';
import type { Unit } from '../../metrics';
import { ShareLinks } from '../shared/ShareLinks';
import { SlottedFormulaView } from '../shared/SlottedFormulaView';
import { ReadoutRow } from '../shared/ReadoutRow';
import { WidgetNotices } from '../shared/WidgetNotices';
import { splitActions, type SplitActions } from './actions';
import { splitFormula, splitFormulaShapes } from './formula';
import { splitMetrics, type Counts } from './split';
import { classNames, SplitPlot } from './SplitPlot';
import { splitStateFromProps, type SplitInitialProps } from './state';
import { splitWidgets } from './store';
import './split.css';

export interface SplitGainProps extends SplitInitialProps {
  /** Names this widget's state so quizzes can follow it; default "split". */
  id?: string;
  /** Notices to show above the widget (the embed page lists what it ignored in the URL). */
  notices?: string[];
}

/** "4 circles, 1 square": a side's class counts in words. */
function countsText(counts: Counts): string {
  return counts.map((n, c) => `${n} × ${classNames[c]}`).join(', ');
}

/**
 * A decision-tree split on one feature: labelled samples along an axis and a threshold to drag.
 * Shows the parent's entropy, each side's, and the information gain; "Best split" moves the
 * threshold to the largest gain.
 */
export function SplitGain({ id = 'split', notices = [], ...initialProps }: SplitGainProps) {
  const [initial] = useState(() => splitWidgets.ensure(id, splitStateFromProps(initialProps)));
  const state = splitWidgets.useWidget(id) ?? initial;
  const [announcement, setAnnouncement] = useState('');
  const actions = useMemo(() => splitActions(id, setAnnouncement), [id]);
  const m = splitMetrics(state);
  const { unit } = state;
  return (
    <figure className="widget split-widget" aria-label="Decision-tree split widget">
      <WidgetNotices notices={notices} />
      <SplitPlot
        x={state.x}
        y={state.y}
        threshold={state.threshold}
        onChange={actions.moveThreshold}
        onCommit={actions.commit}
      />
      <div className="split-readout">
        <ReadoutRow name="H(parent)" metric="parentEntropy" value={m.parentEntropy} unit={unit} />
        <ReadoutRow name="H(left)" metric="leftEntropy" value={m.leftEntropy} unit={unit} />
        <ReadoutRow name="H(right)" metric="rightEntropy" value={m.rightEntropy} unit={unit} />
        <ReadoutRow
          name="Information gain"
          metric="informationGain"
          value={m.informationGain}
          unit={unit}
        />
        <p className="split-counts" data-side="left">
          Left: {countsText(m.left)}
        </p>
        <p className="split-counts" data-side="right">
          Right: {countsText(m.right)}
        </p>
      </div>
      <SplitLiveFormula id={id} />
      <SplitControls unit={unit} actions={actions} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </figure>
  );
}

/** Best split, units and a shareable link. Memoised: a drag changes none of its props. */
const SplitControls = memo(function SplitControls(props: { unit: Unit; actions: SplitActions }) {
  const { unit: currentUnit, actions } = props;
  return (
    <div className="widget-controls">
      <button type="button" onClick={actions.bestSplit}>
        Best split
      </button>
      <UnitChoice unit={currentUnit} onChange={actions.setUnit} />
      <ShareLinks actions={actions} />
    </div>
  );
});

/** The live formula, catching up whenever the widget rests (as in the joint widget). */
function SplitLiveFormula({ id }: { id: string }) {
  const state = splitWidgets.useSettledWidget(id);
  const formula = useMemo(() => state && splitFormula(state), [state]);
  return <SlottedFormulaView of={id} formula={formula} shapes={splitFormulaShapes} />;
}
