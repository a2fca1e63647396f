import { memo, useMemo, useRef, type KeyboardEvent } from 'react';
import { scaleLinear } from 'd3-scale';
import { columnScale } from '../shared/columns';
import { formatNumber, formatProbability } from '../shared/format';
import { SLIDER_KEYS } from '../shared/slider-key-names';
import { sliderKeyValue } from '../shared/slider-keys';
import { useSvgDrag } from '../shared/useSvgDrag';
import { BarGrip } from '../shared/BarGrip';
import { MIN_Q } from './state';

const WIDTH = 320;
const HEIGHT = 200;
const MARGIN = { top: 22, right: 8, bottom: 44, left: 36 };
const qRange = { min: MIN_Q, max: 1, step: 0.01, bigStep: 0.1 };
/** A grip's hit area: 56 units is 44 px or more wherever the chart is 252 px wide or wider. */
const GRIP_HIT = 56;
const TICKS = [0.001, 0.01, 0.1, 1];

export interface TokenBarsProps {
  tokens: readonly string[];
  q: readonly number[];
  /** -log q of each token, shown under it. */
  losses: ArrayLike<number>;
  costliest: number;
  onChange(index: number, value: number): void;
  onCommit(): void;
}

/**
 * One bar per token: the probability the model gave the token that came next, on a log scale
 * (0.001 and 0.01 differ as much in loss as 0.1 and 1). Each bar is a slider named `q(token)`:
 * arrows step 0.01, Shift 0.1, Home 0.001, End 1. SVG only; the state lives with the caller.
 */
export const TokenBars = memo(function TokenBars(props: TokenBarsProps) {
  const { tokens, q, losses, costliest, onChange, onCommit } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const n = tokens.length;
  const x = useMemo(() => columnScale(n, MARGIN.left, WIDTH - MARGIN.right), [n]);
  // A log scale as a linear one over log10 q: d3's scaleLog would add its own code to the chunk
  // every widget shares, for four ticks and one inversion.
  const logY = useMemo(
    () =>
      scaleLinear()
        .domain([Math.log10(MIN_Q), 0])
        .range([HEIGHT - MARGIN.bottom, MARGIN.top])
        .clamp(true),
    [],
  );
  const y = (q: number) => logY(Math.log10(q));
  const drag = useSvgDrag<number>(
    svgRef,
    (i, point) => onChange(i, 10 ** logY.invert(point.y)),
    () => onCommit(),
  );

  function onKeyDown(i: number, event: KeyboardEvent) {
    const next = sliderKeyValue(event.key, event.shiftKey, q[i]!, qRange);
    if (next === undefined) return;
    event.preventDefault();
    onChange(i, next);
  }

  const baseline = y(MIN_Q);
  return (
    <svg
      ref={svgRef}
      className="token-bars"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="group"
      aria-label="Probability the model gave each next token"
    >
      <g className="axis axis-left" aria-hidden="true">
        {TICKS.map((t) => (
          <g key={t}>
            <line
              className="axis-grid"
              x1={MARGIN.left}
              x2={WIDTH - MARGIN.right}
              y1={y(t)}
              y2={y(t)}
            />
            <text
              className="axis-tick-label"
              x={MARGIN.left - 4}
              y={y(t)}
              dy="0.32em"
              textAnchor="end"
            >
              {formatProbability(t, 3)}
            </text>
          </g>
        ))}
      </g>
      {q.map((value, i) => {
        const left = x(i)!;
        const width = x.bandwidth();
        const centre = left + width / 2;
        const top = y(value);
        const token = tokens[i] ?? '';
        return (
          <g
            key={i}
            className={`token${i === costliest ? ' is-costliest' : ''}`}
            role="slider"
            tabIndex={0}
            aria-label={`q(${token})`}
            aria-orientation="vertical"
            aria-valuemin={MIN_Q}
            aria-valuemax={1}
            aria-valuenow={value}
            aria-valuetext={`${formatProbability(value, 3)}, loss ${formatNumber(losses[i]!)}`}
            onKeyDown={(event) => onKeyDown(i, event)}
            onKeyUp={(event) => {
              if (SLIDER_KEYS.has(event.key)) onCommit();
            }}
            {...drag(i)}
          >
            <rect
              className="token-hit"
              x={left}
              y={MARGIN.top}
              width={width}
              height={baseline - MARGIN.top}
            />
            <rect className="token-fill" x={left} y={top} width={width} height={baseline - top} />
            <rect
              className="token-focus"
              x={left - 3}
              y={MARGIN.top - 3}
              width={width + 6}
              height={baseline - MARGIN.top + 6}
              rx={4}
            />
            <BarGrip prefix="token" left={left} width={width} at={top} hit={GRIP_HIT} />
            <text className="token-value" x={centre} y={top - 8}>
              {formatProbability(value, 3)}
            </text>
            <text className="token-label" x={centre} y={baseline + 16}>
              {token}
            </text>
            <text className="token-loss" x={centre} y={baseline + 32}>
              {formatNumber(losses[i]!, 2)}
            </text>
          </g>
        );
      })}
    </svg>
  );
});
