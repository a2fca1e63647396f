import { useCallback, useMemo, useRef, useState } from 'react';
import type { Gaussian } from '../../metrics';
import { ensureKLWidget, useKLWidget } from '../../store/kl-widgets';
import { klActions } from './actions';
import { Controls } from './Controls';
import { DensityPlot } from './DensityPlot';
import { klMetrics } from './derive';
import { IntegrandPlot } from './IntegrandPlot';
import { LandscapePanel } from './Landscape';
import { bestForward, reverseFits } from './optimum';
import { PEditor } from './PEditor';
import { Readout } from './Readout';
import { klStateFromProps, panelNames, type KLInitialProps, type PanelName } from './state';
import { useLandscape } from './useLandscape';
import './kl-explorer.css';
import { WidgetNotices } from '../shared/WidgetNotices';
import { useMeasuredWidth } from '../shared/useMeasuredWidth';

export interface KLExplorerProps extends KLInitialProps {
  /** Names this widget's state so quizzes can follow it; default "kl". */
  id?: string;
  /** Which panels to show (default: all): integrand, landscape, editor (P's presets and sliders). */
  panels?: PanelName[];
  /** Notices to show above the widget (the embed page lists what it ignored in the URL). */
  notices?: string[];
}

/**
 * The forward/reverse KL explorer: fit one Gaussian Q to a mixture P by hand, by the optimum
 * buttons, or by descent, and watch both divergences, the integrand and the two landscapes.
 * Pointer and keys share one path: drag mapping (pure) → store → derived numbers.
 */
export function KLExplorer({ id = 'kl', panels, notices = [], ...initialProps }: KLExplorerProps) {
  const [initial] = useState(() => ensureKLWidget(id, klStateFromProps(initialProps)));
  const state = useKLWidget(id) ?? initial;
  const [announcement, setAnnouncement] = useState('');
  const actions = useMemo(() => klActions(id, setAnnouncement), [id]);
  const metrics = klMetrics(state);
  const shownKey = (panels ?? panelNames).join();
  const shown = useMemo(() => new Set(shownKey.split(',') as PanelName[]), [shownKey]);
  const landscape = useLandscape(state.p, shown.has('landscape'));
  const forwardOptimum = useMemo(() => bestForward(state.p), [state.p]);
  const reverseOptima = useMemo(() => reverseFits(state.p), [state.p]);
  const setQ = useCallback((q: Partial<Gaussian>) => actions.setQ(q), [actions]);
  const plotsRef = useRef<HTMLDivElement>(null);
  // Prerendered at a laptop's width; phones redraw at theirs once measured.
  const width = useMeasuredWidth(plotsRef, 640);

  return (
    <figure className="widget kl-widget" aria-label="Forward and reverse KL explorer">
      <WidgetNotices notices={notices} />
      <ul className="kl-legend" aria-label="Legend">
        <li>
          <span className="kl-swatch kl-swatch-p" aria-hidden="true" /> P, the truth (a mixture)
        </li>
        <li>
          <span className="kl-swatch kl-swatch-q" aria-hidden="true" /> Q, the model (one Gaussian)
        </li>
      </ul>
      <p className="kl-hint">Drag Q’s curve sideways to move it, its round handle to widen it.</p>
      <div className="kl-plots" ref={plotsRef}>
        <DensityPlot
          p={state.p}
          q={state.q}
          width={width}
          onChange={setQ}
          onCommit={actions.commit}
        />
        {shown.has('integrand') ? (
          <IntegrandPlot
            values={metrics.integrand}
            direction={state.direction}
            total={state.direction === 'forward' ? metrics.forward : metrics.reverse}
            unit={state.unit}
            width={width}
          />
        ) : null}
      </div>
      <Readout forward={metrics.forward} reverse={metrics.reverse} unit={state.unit} />
      <Controls p={state.p} unit={state.unit} direction={state.direction} actions={actions} />
      {shown.has('landscape') ? (
        <LandscapePanel
          landscape={landscape}
          q={state.q}
          forwardOptimum={forwardOptimum}
          reverseOptima={reverseOptima}
          direction={state.direction}
          unit={state.unit}
          onPick={actions.jumpQ}
        />
      ) : null}
      {shown.has('editor') ? <PEditor p={state.p} actions={actions} /> : null}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </figure>
  );
}
