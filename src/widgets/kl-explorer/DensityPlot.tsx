import { memo, useMemo, useRef, type KeyboardEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import type { Gaussian, Mixture } from '../../metrics';
import { formatNumber } from '../shared/format';
import { sliderKeyValue } from '../shared/slider-keys';
import { useSvgDrag } from '../shared/useSvgDrag';
import { areaPath, gaussianCurve, linePath, mixtureCurve, X_DOMAIN, xs } from './curves';
import { dragMean, dragSigma } from './drag';
import { MU_RANGE, SIGMA_RANGE } from './state';

export const PLOT_WIDTH = 640;
const HEIGHT = 230;
export const PLOT_MARGIN = { top: 14, right: 10, bottom: 26, left: 10 };

/** The plot's x scale, shared with the integrand strip below so the two line up. */
export const plotX = scaleLinear()
  .domain(X_DOMAIN)
  .range([PLOT_MARGIN.left, PLOT_WIDTH - PLOT_MARGIN.right]);
/** Every sample's x in viewBox units: the same for all curves, so computed once. */
export const px = xs.map((x) => plotX(x));
const ticks = plotX.ticks(8);

interface DensityPlotProps {
  p: Mixture;
  q: Gaussian;
  onChange(q: Partial<Gaussian>): void;
  /** The end of a drag or key press: the moment to announce and grade. */
  onCommit(): void;
}

type Part = 'mean' | 'sigma';

/**
 * P (blue, solid outline) and Q (orange, dashed outline) over x. Q is not hatched like the P/Q
 * bars: repainting a pattern over Q's wide area on every move cost more than the rest of a
 * drag frame together (measured at 4x CPU slowdown); the dashed outline keeps the two apart
 * without relying on colour. Q's curve is the "Q mean" slider: drag it sideways or use the
 * arrow keys. The handle at mu + sigma is the "Q standard deviation" slider. SVG only; the state
 * lives with the caller.
 */
export const DensityPlot = memo(function DensityPlot({
  p,
  q,
  onChange,
  onCommit,
}: DensityPlotProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const start = useRef<{ mu: number; x: number } | null>(null);
  const pc = mixtureCurve(p);
  const qc = gaussianCurve(q);
  const top = Math.max(pc.peak, qc.peak) * 1.12;
  const y = scaleLinear()
    .domain([0, top])
    .range([HEIGHT - PLOT_MARGIN.bottom, PLOT_MARGIN.top]);
  const base = y(0);
  // P's outline changes only with P or the height scale: not while Q's mean is dragged.
  const pPath = useMemo(() => {
    const py = scaleLinear()
      .domain([0, top])
      .range([HEIGHT - PLOT_MARGIN.bottom, PLOT_MARGIN.top]);
    return areaPath(px, pc.density.map(py), py(0));
  }, [pc, top]);

  const drag = useSvgDrag<Part>(
    svgRef,
    (part, point) => {
      const x = plotX.invert(point.x);
      if (part === 'sigma') {
        onChange({ sigma: dragSigma(q.mu, x) });
        return;
      }
      // The press records where the curve was grabbed; moves shift the mean by the travel.
      start.current ??= { mu: q.mu, x };
      onChange({ mu: dragMean(start.current.mu, start.current.x, x) });
    },
    () => {
      start.current = null;
      onCommit();
    },
  );

  function onKeyDown(part: Part, event: KeyboardEvent) {
    const range = part === 'mean' ? MU_RANGE : SIGMA_RANGE;
    const value = part === 'mean' ? q.mu : q.sigma;
    const next = sliderKeyValue(event.key, event.shiftKey, value, range);
    if (next === undefined) return;
    event.preventDefault();
    onChange(part === 'mean' ? { mu: next } : { sigma: next });
  }
  function onKeyUp(event: KeyboardEvent) {
    if (sliderKeyValue(event.key, false, 0, MU_RANGE) !== undefined) onCommit();
  }

  const handleX = plotX(Math.min(X_DOMAIN[1], q.mu + q.sigma));
  // Q's density at mu + sigma is its peak times e^(-1/2): the handle sits on the curve.
  const handleY = y(qc.peak * Math.exp(-0.5));
  const qy = qc.density.map(y);
  const qArea = areaPath(px, qy, base);
  const qLine = linePath(px, qy);
  return (
    <svg
      ref={svgRef}
      className="kl-plot"
      viewBox={`0 0 ${PLOT_WIDTH} ${HEIGHT}`}
      role="group"
      aria-label="P, the truth, and Q, the model, over x"
    >
      <g className="kl-axis" aria-hidden="true">
        <line x1={PLOT_MARGIN.left} x2={PLOT_WIDTH - PLOT_MARGIN.right} y1={base} y2={base} />
        {ticks.map((t) => (
          <text key={t} x={plotX(t)} y={HEIGHT - 8}>
            {formatNumber(t, 0)}
          </text>
        ))}
      </g>
      <path className="kl-p-area" d={pPath} aria-hidden="true" />
      <g
        className="kl-q kl-draggable"
        role="slider"
        tabIndex={0}
        aria-label="Q mean"
        aria-valuemin={MU_RANGE.min}
        aria-valuemax={MU_RANGE.max}
        aria-valuenow={Number(q.mu.toFixed(4))}
        aria-valuetext={`μ = ${formatNumber(q.mu)}`}
        onKeyDown={(event) => onKeyDown('mean', event)}
        onKeyUp={onKeyUp}
        {...drag('mean')}
      >
        <title>{`Q mean μ = ${formatNumber(q.mu)}: drag sideways`}</title>
        <path className="kl-q-area" d={qArea} />
        <path className="kl-q-line" d={qLine} />
        {/* A wide invisible stroke: the curve is easy to grab even where it is thin. */}
        <path className="kl-q-hit" d={qArea} />
        <path className="kl-focus" d={qLine} />
      </g>
      <line className="kl-sigma-line" x1={plotX(q.mu)} x2={handleX} y1={handleY} y2={handleY} />
      <g
        className="kl-sigma kl-draggable"
        role="slider"
        tabIndex={0}
        aria-label="Q standard deviation"
        aria-valuemin={SIGMA_RANGE.min}
        aria-valuemax={SIGMA_RANGE.max}
        aria-valuenow={Number(q.sigma.toFixed(4))}
        aria-valuetext={`σ = ${formatNumber(q.sigma)}`}
        aria-orientation="horizontal"
        onKeyDown={(event) => onKeyDown('sigma', event)}
        onKeyUp={onKeyUp}
        {...drag('sigma')}
      >
        <title>{`Q standard deviation σ = ${formatNumber(q.sigma)}: drag the handle`}</title>
        <circle className="kl-handle-hit" cx={handleX} cy={handleY} r={18} />
        <circle className="kl-handle" cx={handleX} cy={handleY} r={7} />
        <circle className="kl-focus" cx={handleX} cy={handleY} r={11} />
      </g>
      <text className="kl-q-label" x={plotX(q.mu)} y={Math.max(12, y(qc.peak) - 6)}>
        {`μ = ${formatNumber(q.mu, 2)}, σ = ${formatNumber(q.sigma, 2)}`}
      </text>
    </svg>
  );
});
