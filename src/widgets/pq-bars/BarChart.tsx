import { memo, useId, useRef, type KeyboardEvent } from 'react';
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatProbability } from '../shared/format';
import { sliderKeyValue } from '../shared/slider-keys';
import { useSvgDrag } from '../shared/useSvgDrag';

const WIDTH = 320;
const HEIGHT = 220;
const MARGIN = { top: 22, right: 6, bottom: 30, left: 6 };
const probabilityRange = { min: 0, max: 1, step: 0.01, bigStep: 0.1 };

export interface BarChartProps {
  /** "P" or "Q": names the sliders P(label) / Q(label) and picks the style. */
  name: 'P' | 'Q';
  values: readonly number[];
  labels: readonly string[];
  /** Bars that ignore input (they stay focusable and read as disabled). */
  locked: boolean;
  /** Outcomes to flag (Q = 0 where P > 0). */
  flagged: readonly number[];
  /** The outcome whose term is highlighted, if any. */
  highlighted: number | undefined;
  onChange(index: number, value: number): void;
  /** The end of a drag or key press: the moment to announce and grade. */
  onCommit(): void;
  onHighlight(index: number | undefined): void;
}

/** Shortens a label to what fits under a bar; the full label stays in the slider's name. */
function fit(label: string, width: number): string {
  const chars = Math.max(2, Math.floor(width / 6.5));
  return label.length <= chars ? label : `${label.slice(0, chars - 1)}…`;
}

/**
 * One distribution as draggable bars. Each bar is a slider: drag it (mouse, pen, touch) or use
 * the keys; both end in `onChange`. SVG only; the state lives with the caller. Memoised, so
 * dragging Q leaves P's chart alone.
 */
export const BarChart = memo(function BarChart(props: BarChartProps) {
  const { name, values, labels, locked, flagged, highlighted } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const hatchId = useId();
  const x = scaleBand<number>()
    .domain(values.map((_, i) => i))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .paddingInner(0.25)
    .paddingOuter(0.15);
  const y = scaleLinear()
    .domain([0, 1])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top])
    .clamp(true);

  const drag = useSvgDrag<number>(
    svgRef,
    (i, point) => {
      if (!locked) props.onChange(i, y.invert(point.y));
    },
    () => props.onCommit(),
  );

  function onKeyDown(i: number, event: KeyboardEvent) {
    const next = sliderKeyValue(event.key, event.shiftKey, values[i]!, probabilityRange);
    if (next === undefined) return;
    event.preventDefault();
    if (!locked) props.onChange(i, next);
  }

  const baseline = y(0);
  return (
    <svg
      ref={svgRef}
      className={`bar-chart bar-chart-${name.toLowerCase()}${locked ? ' is-locked' : ''}`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="group"
      aria-label={`${name}, ${name === 'P' ? 'the true distribution' : 'the model'}`}
    >
      {name === 'Q' ? (
        <defs>
          <pattern
            id={hatchId}
            className="bar-hatch"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="6" />
          </pattern>
        </defs>
      ) : null}
      <line
        className="bar-axis"
        x1={MARGIN.left}
        x2={WIDTH - MARGIN.right}
        y1={baseline}
        y2={baseline}
      />
      {values.map((value, i) => {
        const left = x(i)!;
        const width = x.bandwidth();
        const top = y(value);
        const label = labels[i] ?? '';
        const isFlagged = flagged.includes(i);
        return (
          <g
            key={i}
            className={`bar${isFlagged ? ' is-flagged' : ''}${highlighted === i ? ' is-highlighted' : ''}`}
            role="slider"
            tabIndex={0}
            aria-label={`${name}(${label})`}
            aria-orientation="vertical"
            aria-valuemin={0}
            aria-valuemax={1}
            aria-valuenow={Number(value.toFixed(4))}
            aria-valuetext={
              formatProbability(value) +
              (isFlagged ? ', impossible under the model although P allows it' : '')
            }
            aria-disabled={locked || undefined}
            onKeyDown={(event) => onKeyDown(i, event)}
            onKeyUp={(event) => {
              if (sliderKeyValue(event.key, false, 0.5, probabilityRange) !== undefined)
                props.onCommit();
            }}
            onFocus={() => props.onHighlight(i)}
            onBlur={() => props.onHighlight(undefined)}
            onPointerEnter={() => props.onHighlight(i)}
            onPointerLeave={() => props.onHighlight(undefined)}
            {...drag(i)}
          >
            {/* The whole column takes the pointer, so even a bar at 0 is easy to grab. */}
            <rect
              className="bar-hit"
              x={left}
              y={MARGIN.top}
              width={width}
              height={baseline - MARGIN.top}
            />
            <rect
              className="bar-fill"
              x={left}
              y={top}
              width={width}
              height={baseline - top}
              fill={name === 'Q' ? `url(#${hatchId})` : undefined}
            />
            <rect
              className="bar-focus"
              x={left - 3}
              y={MARGIN.top - 3}
              width={width + 6}
              height={baseline - MARGIN.top + 6}
              rx={4}
            />
            <text className="bar-value" x={left + width / 2} y={top - 6}>
              {isFlagged ? '0 !' : formatProbability(value)}
            </text>
            <text className="bar-label" x={left + width / 2} y={HEIGHT - 10}>
              {fit(label, width)}
            </text>
          </g>
        );
      })}
    </svg>
  );
});
