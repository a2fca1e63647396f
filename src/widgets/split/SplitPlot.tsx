import { memo, useMemo, useRef, type KeyboardEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { Axis } from '../shared/Axis';
import { formatNumber } from '../shared/format';
import { SLIDER_KEYS } from '../shared/slider-key-names';
import { sliderKeyValue } from '../shared/slider-keys';
import { grip, useSvgDrag } from '../shared/useSvgDrag';
import { thresholdRange } from './split';

const WIDTH = 320;
const MARGIN = { left: 16, right: 16, top: 26 };
/** Vertical room per stacked sample. */
const ROW = 14;
const SIZE = 5;
/** A finger's hit area around the threshold line, in viewBox units (44 px at 296 px wide). */
const GRIP_HIT = 48;

/** Class names as read aloud and in the legend, with the shape each is drawn as. */
export const classNames = ['class 0 (circle)', 'class 1 (square)', 'class 2 (triangle)'];

/** One sample's mark: a circle, square or triangle by class, so colour is never the only cue. */
function Mark({ cls, cx, cy }: { cls: number; cx: number; cy: number }) {
  const className = `split-mark split-class-${cls}`;
  if (cls === 0) return <circle className={className} cx={cx} cy={cy} r={SIZE} />;
  if (cls === 1)
    return (
      <rect className={className} x={cx - SIZE} y={cy - SIZE} width={2 * SIZE} height={2 * SIZE} />
    );
  const h = SIZE * 1.2;
  return (
    <polygon
      className={className}
      points={`${cx},${cy - h} ${cx + h},${cy + h * 0.8} ${cx - h},${cy + h * 0.8}`}
    />
  );
}

export interface SplitPlotProps {
  x: readonly number[];
  y: readonly number[];
  threshold: number;
  onChange(threshold: number): void;
  /** The end of a drag or key press. */
  onCommit(): void;
}

/**
 * The samples on their feature axis (stacked where values repeat), and the threshold as a
 * draggable line: a slider named "Threshold". Samples left of it are the left child.
 */
export const SplitPlot = memo(function SplitPlot(props: SplitPlotProps) {
  const { x: xs, y: ys, threshold } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const range = useMemo(() => thresholdRange(xs), [xs]);
  const stacks = useMemo(() => {
    const seen = new Map<number, number>();
    return xs.map((v) => {
      const level = seen.get(v) ?? 0;
      seen.set(v, level + 1);
      return level;
    });
  }, [xs]);
  const tallest = Math.max(...stacks) + 1;
  const baseline = MARGIN.top + tallest * ROW + 8;
  const height = baseline + 34;
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([range.min, range.max])
        .range([MARGIN.left, WIDTH - MARGIN.right]),
    [range],
  );
  // The samples stay put while the threshold moves: drawn once per data set, not per move.
  const marks = useMemo(
    () =>
      xs.map((v, i) => (
        <Mark key={i} cls={ys[i]!} cx={x(v)} cy={baseline - 8 - stacks[i]! * ROW} />
      )),
    [xs, ys, x, stacks, baseline],
  );
  const drag = useSvgDrag<'t'>(
    svgRef,
    (_, point) => props.onChange(x.invert(point.x)),
    () => props.onCommit(),
  );
  function onKeyDown(event: KeyboardEvent) {
    const next = sliderKeyValue(event.key, event.shiftKey, threshold, range);
    if (next === undefined) return;
    event.preventDefault();
    props.onChange(next);
  }
  const tx = x(threshold);
  return (
    <svg
      ref={svgRef}
      className="split-plot"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="group"
      aria-label="Samples along the feature, and the split threshold"
    >
      {/* The left side's shade is a unit-wide rect stretched by a transform: a transform that
          changes is only re-composited, while a changing width repaints the page on every move. */}
      <rect
        className="split-side split-left"
        x={0}
        y={MARGIN.top - 6}
        width={1}
        height={baseline - MARGIN.top + 6}
        transform={`translate(${MARGIN.left} 0) scale(${Math.max(0, tx - MARGIN.left)} 1)`}
      />
      <text className="split-side-label" x={MARGIN.left + 2} y={MARGIN.top - 12}>
        left
      </text>
      <text
        className="split-side-label"
        x={WIDTH - MARGIN.right - 2}
        y={MARGIN.top - 12}
        textAnchor="end"
      >
        right
      </text>
      {marks}
      <Axis scale={x} side="bottom" at={baseline} ticks={6} label="x" />
      <g
        className="split-threshold"
        role="slider"
        tabIndex={0}
        aria-label="Threshold"
        aria-orientation="horizontal"
        aria-valuemin={range.min}
        aria-valuemax={range.max}
        aria-valuenow={Number(threshold.toFixed(4))}
        aria-valuetext={`x < ${formatNumber(threshold, 2)} goes left`}
        onKeyDown={onKeyDown}
        onKeyUp={(event) => {
          if (SLIDER_KEYS.has(event.key)) props.onCommit();
        }}
        {...drag('t')}
      >
        <rect
          className="split-hit"
          x={MARGIN.left}
          y={0}
          width={WIDTH - MARGIN.left - MARGIN.right}
          height={baseline}
        />
        {/* What moves with the threshold, moved as one: a drag changes one attribute, not five. */}
        <g transform={`translate(${tx} 0)`}>
          <line className="split-line" x1={0} x2={0} y1={MARGIN.top - 14} y2={baseline} />
          <rect
            className="split-focus"
            x={-8}
            y={MARGIN.top - 16}
            width={16}
            height={baseline - MARGIN.top + 18}
            rx={4}
          />
          <rect className="split-grip" x={-7} y={MARGIN.top - 20} width={14} height={10} rx={3} />
          <rect
            className="split-grip-hit"
            {...grip}
            x={-GRIP_HIT / 2}
            y={0}
            width={GRIP_HIT}
            height={baseline}
          />
        </g>
      </g>
    </svg>
  );
});
