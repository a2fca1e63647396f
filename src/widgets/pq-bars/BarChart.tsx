import { memo, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { scaleBand, scaleLinear } from 'd3-scale';
import { formatProbability } from '../shared/format';
import { SLIDER_KEYS } from '../shared/slider-key-names';
import { sliderKeyValue } from '../shared/slider-keys';
import { useSvgDrag } from '../shared/useSvgDrag';
import { BarGrip } from '../shared/BarGrip';
import { Axis } from '../shared/Axis';
import { HatchPattern } from '../shared/HatchPattern';
import { BAR_CHART_WIDTH as WIDTH, BAR_MARGIN_X, barLayout } from './bar-layout';

const probabilityRange = { min: 0, max: 1, step: 0.01, bigStep: 0.1 };
/** A grip's hit area: 48 units is 44 px or more wherever the chart is 296 px wide or wider. */
const GRIP_HIT = 48;
/** Probabilities read as the per-outcome table prints them (uniform over 8 is 0.125). */
const show = (value: number) => formatProbability(value, 3);

export interface BarChartProps {
  /** "P" or "Q": names the sliders P(label) / Q(label) and picks the style. */
  name: 'P' | 'Q';
  /** Each bar's setting: what the slider reads and a drag or key changes. */
  values: readonly number[];
  /**
   * What the bars draw, when that differs from the settings: Q after model smoothing. The
   * settings then show as outlines behind, with the grips on them.
   */
  drawn?: ArrayLike<number>;
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

/**
 * One distribution as draggable bars. Each bar is a slider: drag it (mouse, pen, touch) or use
 * the keys; both end in `onChange`. SVG only; the state lives with the caller. Memoised, so
 * dragging Q leaves P's chart alone.
 */
export const BarChart = memo(function BarChart(props: BarChartProps) {
  const { name, values, labels, locked, flagged, highlighted } = props;
  const drawn = props.drawn ?? values;
  const smoothed = props.drawn !== undefined;
  const svgRef = useRef<SVGSVGElement>(null);
  const hatchId = useId();
  const n = values.length;
  const x = useMemo(
    () =>
      scaleBand<number>()
        .domain(Array.from({ length: n }, (_, i) => i))
        .range([BAR_MARGIN_X.left, WIDTH - BAR_MARGIN_X.right])
        .paddingInner(0.25)
        .paddingOuter(0.15),
    [n],
  );
  const layout = useMemo(() => barLayout(x.step(), labels), [x, labels]);
  const { height, top: marginTop, bottom: marginBottom } = layout;
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([0, 1])
        .range([height - marginBottom, marginTop])
        .clamp(true),
    [height, marginBottom, marginTop],
  );

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
  const right = WIDTH - BAR_MARGIN_X.right;
  return (
    <svg
      ref={svgRef}
      className={`bar-chart bar-chart-${name.toLowerCase()}${locked ? ' is-locked' : ''}${smoothed ? ' is-smoothed' : ''}`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="group"
      aria-label={`${name}, ${name === 'P' ? 'the true distribution' : 'the model'}`}
    >
      {name === 'Q' ? (
        <defs>
          <HatchPattern id={hatchId} />
        </defs>
      ) : null}
      <Axis
        scale={y}
        side="left"
        at={BAR_MARGIN_X.left}
        ticks={2}
        grid={right - BAR_MARGIN_X.left}
        format={formatProbability}
      />
      <line className="bar-axis" x1={BAR_MARGIN_X.left} x2={right} y1={baseline} y2={baseline} />
      {values.map((value, i) => {
        const left = x(i)!;
        const width = x.bandwidth();
        const centre = left + width / 2;
        const shown = drawn[i]!;
        const top = y(shown);
        const setting = y(value);
        const label = labels[i] ?? '';
        const isFlagged = flagged.includes(i);
        const valueY = Math.min(top, setting) - 9;
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
              (smoothed ? `, ${show(shown)} after smoothing` : '') +
              (isFlagged ? ', impossible under the model although P allows it' : '')
            }
            aria-disabled={locked || undefined}
            onKeyDown={(event) => onKeyDown(i, event)}
            onKeyUp={(event) => {
              if (SLIDER_KEYS.has(event.key)) props.onCommit();
            }}
            onFocus={() => props.onHighlight(i)}
            onBlur={() => props.onHighlight(undefined)}
            onPointerEnter={() => props.onHighlight(i)}
            onPointerLeave={() => props.onHighlight(undefined)}
            {...drag(i)}
          >
            {/* A mouse takes the whole column, so even a bar at 0 is easy to grab. */}
            <rect
              className="bar-hit"
              x={left}
              y={marginTop}
              width={width}
              height={baseline - marginTop}
            />
            <rect
              className="bar-fill"
              x={left}
              y={top}
              width={width}
              height={baseline - top}
              fill={name === 'Q' ? `url(#${hatchId})` : undefined}
            />
            {smoothed ? (
              <rect
                className="bar-setting"
                x={left}
                y={setting}
                width={width}
                height={baseline - setting}
              />
            ) : null}
            <rect
              className="bar-focus"
              x={left - 3}
              y={marginTop - 3}
              width={width + 6}
              height={baseline - marginTop + 6}
              rx={4}
            />
            {/* A finger drags from the top edge only: a swipe anywhere else scrolls the page. */}
            <BarGrip prefix="bar" left={left} width={width} at={setting} hit={GRIP_HIT} />
            <text
              className={`bar-value${layout.turnValues ? ' is-turned' : ''}`}
              x={centre}
              y={valueY}
              transform={layout.turnValues ? `rotate(-90 ${centre} ${valueY})` : undefined}
              dy={layout.turnValues ? '0.32em' : undefined}
            >
              {isFlagged ? '0 !' : show(shown)}
            </text>
            <text
              className={`bar-label${layout.turnLabels ? ' is-turned' : ''}`}
              x={centre}
              y={baseline + (layout.turnLabels ? 8 : 20)}
              transform={layout.turnLabels ? `rotate(-90 ${centre} ${baseline + 8})` : undefined}
              dy={layout.turnLabels ? '0.32em' : undefined}
            >
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
});
