import { memo, useId, useMemo } from 'react';
import { scaleLinear } from 'd3-scale';
import { Axis } from '../shared/Axis';
import { HatchPattern } from '../shared/HatchPattern';
import { columnScale } from '../shared/columns';
import { formatProbability } from '../shared/format';

const WIDTH = 320;
const HEIGHT = 170;
const MARGIN = { top: 18, right: 8, bottom: 30, left: 30 };

export interface ProbabilityChartProps {
  /** The model's prediction Q = softmax(logits / T). */
  q: ArrayLike<number>;
  /** The training target P (one-hot or smoothed), drawn as a mark on each column. */
  target: ArrayLike<number>;
  /** Distillation: the teacher's soft targets, drawn as dashed outlines. */
  soft?: ArrayLike<number>;
  labels: readonly string[];
}

/**
 * Q as bars that follow the logits live, with the target P (and the teacher's soft targets) as
 * marks to compare against. Nothing here is draggable: the logits are the controls. Its
 * accessible name lists Q, since the picture alone would say nothing to a screen reader.
 */
export const ProbabilityChart = memo(function ProbabilityChart(props: ProbabilityChartProps) {
  const { q, target, soft, labels } = props;
  const hatchId = useId();
  const n = q.length;
  const x = useMemo(() => columnScale(n, MARGIN.left, WIDTH - MARGIN.right), [n]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const baseline = y(0);
  const summary = Array.from(q, (v, i) => `${labels[i]} ${formatProbability(v, 3)}`).join(', ');
  return (
    <svg
      className="probability-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={`Q, the model's probabilities: ${summary}`}
    >
      <defs>
        <HatchPattern id={hatchId} />
      </defs>
      <Axis
        scale={y}
        side="left"
        at={MARGIN.left}
        ticks={2}
        grid={WIDTH - MARGIN.left - MARGIN.right}
        format={formatProbability}
      />
      <line
        className="bar-axis"
        x1={MARGIN.left}
        x2={WIDTH - MARGIN.right}
        y1={baseline}
        y2={baseline}
      />
      {Array.from(q, (value, i) => {
        const left = x(i)!;
        const width = x.bandwidth();
        const centre = left + width / 2;
        const top = y(value);
        return (
          <g key={i} className="probability">
            <rect
              className="probability-fill"
              x={left}
              y={top}
              width={width}
              height={baseline - top}
              fill={`url(#${hatchId})`}
            />
            {soft ? (
              <rect
                className="probability-soft"
                x={left}
                y={y(soft[i]!)}
                width={width}
                height={baseline - y(soft[i]!)}
              />
            ) : null}
            <line
              className="probability-target"
              x1={left - 2}
              x2={left + width + 2}
              y1={y(target[i]!)}
              y2={y(target[i]!)}
            />
            <text className="probability-value" x={centre} y={Math.min(top, y(target[i]!)) - 5}>
              {formatProbability(value, 2)}
            </text>
            <text className="probability-label" x={centre} y={baseline + 18}>
              {labels[i]}
            </text>
          </g>
        );
      })}
    </svg>
  );
});
