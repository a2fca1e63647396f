import { memo, useMemo, useRef, type KeyboardEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { Axis } from '../shared/Axis';
import { columnScale } from '../shared/columns';
import { formatNumber } from '../shared/format';
import { SLIDER_KEYS } from '../shared/slider-key-names';
import { sliderKeyValue } from '../shared/slider-keys';
import { grip, useSvgDrag } from '../shared/useSvgDrag';
import type { LogitRow } from './actions';
import { LOGIT_LIMIT } from './state';

const WIDTH = 320;
const HEIGHT = 190;
const MARGIN = { top: 24, right: 8, bottom: 30, left: 30 };
const logitRange = { min: -LOGIT_LIMIT, max: LOGIT_LIMIT, step: 0.1, bigStep: 1 };
/** A handle's hit area: 56 units is 44 px or more wherever the chart is 252 px wide or wider. */
const GRIP_HIT = 56;

export interface LogitChartProps {
  row: LogitRow;
  logits: readonly number[];
  labels: readonly string[];
  /** The true class, marked under its column. */
  target: number;
  onChange(row: LogitRow, index: number, value: number): void;
  /** The end of a drag or key press: the moment to announce and grade. */
  onCommit(): void;
}

/**
 * One row of logits as handles on vertical tracks from -8 to 8. Each handle is a slider named
 * `logit(label)` (or `teacher(label)`): drag it (mouse, pen, or a finger on the handle) or use the
 * keys; both end in `onChange`. SVG only; the state lives with the caller.
 */
export const LogitChart = memo(function LogitChart(props: LogitChartProps) {
  const { row, logits, labels, target, onChange, onCommit } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const n = logits.length;
  const x = useMemo(() => columnScale(n, MARGIN.left, WIDTH - MARGIN.right), [n]);
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([-LOGIT_LIMIT, LOGIT_LIMIT])
        .range([HEIGHT - MARGIN.bottom, MARGIN.top])
        .clamp(true),
    [],
  );
  const drag = useSvgDrag<number>(
    svgRef,
    (i, point) => onChange(row, i, y.invert(point.y)),
    () => onCommit(),
  );

  function onKeyDown(i: number, event: KeyboardEvent) {
    const next = sliderKeyValue(event.key, event.shiftKey, logits[i]!, logitRange);
    if (next === undefined) return;
    event.preventDefault();
    onChange(row, i, next);
  }

  const name = (label: string) => (row === 'student' ? `logit(${label})` : `teacher(${label})`);
  const zero = y(0);
  return (
    <svg
      ref={svgRef}
      className={`logit-chart logit-chart-${row}`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="group"
      aria-label={row === 'student' ? 'Logits of the model' : 'Logits of the teacher'}
    >
      <Axis
        scale={y}
        side="left"
        at={MARGIN.left}
        ticks={4}
        grid={WIDTH - MARGIN.left - MARGIN.right}
      />
      <line className="logit-zero" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={zero} y2={zero} />
      {logits.map((logit, i) => {
        const left = x(i)!;
        const width = x.bandwidth();
        const centre = left + width / 2;
        const at = y(logit);
        const label = labels[i] ?? '';
        return (
          <g
            key={i}
            className={`logit${i === target ? ' is-target' : ''}`}
            role="slider"
            tabIndex={0}
            aria-label={name(label)}
            aria-orientation="vertical"
            aria-valuemin={-LOGIT_LIMIT}
            aria-valuemax={LOGIT_LIMIT}
            aria-valuenow={logit}
            aria-valuetext={formatNumber(logit, 2)}
            onKeyDown={(event) => onKeyDown(i, event)}
            onKeyUp={(event) => {
              if (SLIDER_KEYS.has(event.key)) onCommit();
            }}
            {...drag(i)}
          >
            {/* A mouse may press anywhere in the column, as on a native slider's track. */}
            <rect
              className="logit-hit"
              x={left}
              y={MARGIN.top}
              width={width}
              height={HEIGHT - MARGIN.top - MARGIN.bottom}
            />
            <line
              className="logit-track"
              x1={centre}
              x2={centre}
              y1={y(LOGIT_LIMIT)}
              y2={y(-LOGIT_LIMIT)}
            />
            <line className="logit-stem" x1={centre} x2={centre} y1={zero} y2={at} />
            <rect
              className="logit-focus"
              x={left - 2}
              y={MARGIN.top - 8}
              width={width + 4}
              height={HEIGHT - MARGIN.top - MARGIN.bottom + 16}
              rx={4}
            />
            {/* What moves with the logit, moved as one: a drag changes one attribute here. */}
            <g transform={`translate(0 ${at})`}>
              <circle className="logit-handle" cx={centre} cy={0} r={7} />
              {/* A finger drags from the handle only: a swipe anywhere else scrolls the page. */}
              <rect
                className="logit-grip-hit"
                {...grip}
                x={left}
                y={-GRIP_HIT / 2}
                width={width}
                height={GRIP_HIT}
              />
              <text className="logit-value" x={centre} y={-12}>
                {formatNumber(logit, 1)}
              </text>
            </g>
            <text className="logit-label" x={centre} y={HEIGHT - MARGIN.bottom + 18}>
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
});
