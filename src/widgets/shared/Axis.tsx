import type { ScaleLinear } from 'd3-scale';
import { formatNumber } from './format';

export interface AxisProps {
  /** The d3 scale the axis draws; its ticks come from d3 too. */
  scale: ScaleLinear<number, number>;
  /** Which side of the plot the axis is on: ticks read below it or to its left. */
  side: 'bottom' | 'left';
  /** Where the axis line sits across it: y for a bottom axis, x for a left one. */
  at: number;
  /** About how many ticks (d3 picks round numbers near it). */
  ticks: number;
  /** Gridline length into the plot (0 for none): faint lines at each tick. */
  grid?: number;
  /** How a tick reads; by default with as few decimals as the tick step needs. */
  format?: (tick: number) => string;
  /** A name for the axis, drawn at its far end (e.g. "x", "bits"). */
  label?: string;
}

/** Decimals a tick step needs: 0.5 needs 1, 0.25 needs 2, 2 needs 0. */
function decimalsOf(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/**
 * A chart axis drawn by React from a d3 linear scale: line, ticks, labels, optional faint
 * gridlines and a name. Decorative for assistive technology (the sliders carry the values).
 */
export function Axis({ scale, side, at, ticks: count, grid = 0, format, label }: AxisProps) {
  const ticks = scale.ticks(count);
  const places = decimalsOf(ticks.length > 1 ? ticks[1]! - ticks[0]! : 1);
  const read = format ?? ((t: number) => formatNumber(t, places));
  const [r0, r1] = scale.range() as [number, number];
  const bottom = side === 'bottom';
  return (
    <g className={`axis axis-${side}`} aria-hidden="true">
      {grid > 0
        ? ticks.map((t) =>
            bottom ? (
              <line
                key={`g${t}`}
                className="axis-grid"
                x1={scale(t)}
                x2={scale(t)}
                y1={at}
                y2={at - grid}
              />
            ) : (
              <line
                key={`g${t}`}
                className="axis-grid"
                x1={at}
                x2={at + grid}
                y1={scale(t)}
                y2={scale(t)}
              />
            ),
          )
        : null}
      {bottom ? (
        <line className="axis-line" x1={r0} x2={r1} y1={at} y2={at} />
      ) : (
        <line className="axis-line" x1={at} x2={at} y1={r0} y2={r1} />
      )}
      {ticks.map((t) =>
        bottom ? (
          <g key={t} transform={`translate(${scale(t)},${at})`}>
            <line className="axis-tick" y2={4} />
            <text className="axis-text" y={15} textAnchor="middle">
              {read(t)}
            </text>
          </g>
        ) : (
          <g key={t} transform={`translate(${at},${scale(t)})`}>
            <line className="axis-tick" x2={-4} />
            <text className="axis-text" x={-6} dy="0.32em" textAnchor="end">
              {read(t)}
            </text>
          </g>
        ),
      )}
      {label ? (
        bottom ? (
          <text className="axis-name" x={r1} y={at + 28} textAnchor="end">
            {label}
          </text>
        ) : (
          <text className="axis-name" x={at - 6} y={r1 - 8} textAnchor="start">
            {label}
          </text>
        )
      ) : null}
    </g>
  );
}
