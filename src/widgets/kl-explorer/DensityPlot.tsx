import { memo, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import type { Gaussian, Mixture } from '../../metrics';
import { Axis } from '../shared/Axis';
import { formatNumber } from '../shared/format';
import { SLIDER_KEYS } from '../shared/slider-key-names';
import { sliderKeyValue } from '../shared/slider-keys';
import { grip, useSvgDrag } from '../shared/useSvgDrag';
import { areaPath, gaussianCurve, linePath, mixtureCurve, X_DOMAIN } from './curves';
import { dragMean, dragSigma } from './drag';
import { densityTop, PLOT_MARGIN, plotFrame } from './plot-frame';
import { MU_RANGE, SIGMA_RANGE } from './state';

/** The plot's height in CSS pixels; kl-explorer.css gives the SVG the same height. */
export const DENSITY_HEIGHT = 240;
const M = PLOT_MARGIN;
/** The width handle's hit radius: 44 px across, for fingers. */
const HANDLE_HIT = 22;
/** Half the width of the band along Q's curve that a finger can grab. */
const CURVE_GRIP = 18;
/** Only where Q stands this high (a share of its peak) is its curve a grip for fingers: its
 * flat tails lie along the axis, and a swipe there should scroll the page. */
const GRIP_SHARE = 0.1;

interface DensityPlotProps {
  p: Mixture;
  q: Gaussian;
  /** The plot's CSS width, measured by the caller. */
  width: number;
  onChange(q: Partial<Gaussian>): void;
  /** The end of a drag or key press: the moment to announce and grade. */
  onCommit(): void;
}

type Part = 'mean' | 'sigma';

/**
 * P (blue, solid outline) and Q (orange, dashed outline) over x, drawn in CSS pixels. Q is not
 * hatched like the P/Q bars: repainting a pattern over Q's wide area on every move cost more
 * than the rest of a drag frame together (measured at 4x CPU slowdown); the dashed outline
 * keeps the two apart without relying on colour. Q's curve is the "Q mean" slider: drag it
 * sideways or use the arrow keys. The handle at mu + sigma is the "Q standard deviation"
 * slider. The density axis depends on P only, so it holds still while Q moves. SVG only; the
 * state lives with the caller.
 */
export const DensityPlot = memo(function DensityPlot({
  p,
  q,
  width,
  onChange,
  onCommit,
}: DensityPlotProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const clipId = useId();
  const start = useRef<{ mu: number; x: number } | null>(null);
  const { x: plotX, px } = plotFrame(width);
  const pc = mixtureCurve(p);
  const qc = gaussianCurve(q);
  const base = DENSITY_HEIGHT - M.bottom;
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([0, densityTop(p, pc)])
        .range([base, M.top])
        .nice(),
    [p, pc, base],
  );
  // P's outline changes only with P or the width: not while Q is dragged.
  const pPath = useMemo(() => areaPath(px, pc.density.map(y), base), [px, pc, y, base]);

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
    if (SLIDER_KEYS.has(event.key)) onCommit();
  }

  const handleX = plotX(Math.min(X_DOMAIN[1], q.mu + q.sigma));
  // Q's density at mu + sigma is its peak times e^(-1/2): the handle sits on the curve, or on
  // the top edge when Q is narrower than the axis shows.
  const handleY = Math.max(M.top, y(qc.peak * Math.exp(-0.5)));
  const qy = qc.density.map(y);
  const qArea = areaPath(px, qy, base);
  const qLine = linePath(px, qy);
  let from = 0;
  let to = qc.density.length;
  while (from < to && qc.density[from]! < qc.peak * GRIP_SHARE) from++;
  while (to > from && qc.density[to - 1]! < qc.peak * GRIP_SHARE) to--;
  const qGrip = linePath(px.subarray(from, to), qy.subarray(from, to));
  const labelX = Math.min(width - M.right - 75, Math.max(M.left + 75, plotX(q.mu)));
  return (
    <svg
      ref={svgRef}
      className="kl-plot"
      viewBox={`0 0 ${width} ${DENSITY_HEIGHT}`}
      role="group"
      aria-label="P, the truth, and Q, the model, over x"
    >
      <defs>
        <clipPath id={clipId}>
          <rect x={0} y={M.top} width={width} height={base - M.top + 2} />
        </clipPath>
      </defs>
      <Axis scale={y} side="left" at={M.left} ticks={3} grid={width - M.left - M.right} />
      <text
        className="axis-name"
        x={12}
        y={(M.top + base) / 2}
        textAnchor="middle"
        transform={`rotate(-90 12 ${(M.top + base) / 2})`}
      >
        density
      </text>
      <Axis
        scale={plotX}
        side="bottom"
        at={base}
        ticks={Math.max(4, Math.min(8, Math.floor(width / 70)))}
        label="x"
      />
      <path className="kl-p-area" d={pPath} aria-hidden="true" clipPath={`url(#${clipId})`} />
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
        clipPath={`url(#${clipId})`}
        {...drag('mean')}
      >
        <title>{`Q mean μ = ${formatNumber(q.mu)}: drag sideways`}</title>
        <path className="kl-q-area" d={qArea} />
        <path className="kl-q-line" d={qLine} />
        {/* A wide invisible band along the curve: the part a finger grabs. */}
        <path className="kl-q-hit" d={qGrip} strokeWidth={CURVE_GRIP * 2} {...grip} />
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
        {...grip}
        {...drag('sigma')}
      >
        <title>{`Q standard deviation σ = ${formatNumber(q.sigma)}: drag the handle`}</title>
        <circle className="kl-handle-hit" cx={handleX} cy={handleY} r={HANDLE_HIT} />
        <circle className="kl-handle" cx={handleX} cy={handleY} r={8} />
        <circle className="kl-focus" cx={handleX} cy={handleY} r={12} />
      </g>
      {/* In the strip above the plot, which no curve reaches: it never covers one. */}
      <text className="kl-q-label" x={labelX} y={M.top - 10}>
        {`Q: μ = ${formatNumber(q.mu, 2)}, σ = ${formatNumber(q.sigma, 2)}`}
      </text>
    </svg>
  );
});
