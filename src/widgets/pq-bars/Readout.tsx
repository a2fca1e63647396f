import { useId } from 'react';
import { scaleLinear } from 'd3-scale';
import type { Unit } from '../../metrics';
import { formatQuantity } from '../shared/format';
import type { PQMetrics } from './derive';

const WIDTH = 300;
const BAR = 16;

interface ReadoutProps {
  metrics: PQMetrics;
  unit: Unit;
  /** log n in `unit`: the largest entropy possible, to keep the picture's scale steady. */
  maxEntropy: number;
  labels: readonly string[];
}

/** One number: a label and an <output> carrying the full-precision value for tests and tools. */
function Metric({
  name,
  metric,
  value,
  unit,
}: {
  name: string;
  metric: string;
  value: number;
  unit: Unit;
}) {
  const id = useId();
  return (
    <div className={`readout-row readout-${metric}`}>
      <label htmlFor={id}>{name}</label>
      {/* <output> is a live region by default; the widget announces on commit instead. */}
      <output id={id} data-metric={metric} data-value={String(value)} aria-live="off">
        {formatQuantity(value, unit)}
      </output>
    </div>
  );
}

/**
 * H(P), H(P,Q) and D(P||Q) as numbers and as nested bars: H(P,Q) is drawn as H(P) plus a
 * highlighted band whose length is the KL divergence.
 */
export function Readout({ metrics, unit, maxEntropy, labels }: ReadoutProps) {
  const { entropy, crossEntropy, klDivergence, impossible } = metrics;
  const infinite = !Number.isFinite(crossEntropy);
  const x = scaleLinear()
    .domain([0, Math.max(maxEntropy, infinite ? 0 : crossEntropy) * 1.05 || 1])
    .range([0, WIDTH]);
  const end = infinite ? WIDTH : x(crossEntropy);
  return (
    <div className="pq-readout">
      <Metric name="H(P), entropy" metric="entropy" value={entropy} unit={unit} />
      <Metric name="H(P,Q), cross-entropy" metric="crossEntropy" value={crossEntropy} unit={unit} />
      <Metric name="D(P‖Q), KL divergence" metric="klDivergence" value={klDivergence} unit={unit} />
      <svg className="readout-picture" viewBox={`0 0 ${WIDTH} ${BAR * 2 + 10}`} aria-hidden="true">
        <rect className="readout-entropy-bar" x={0} y={0} width={x(entropy)} height={BAR} />
        <rect className="readout-entropy-bar" x={0} y={BAR + 6} width={x(entropy)} height={BAR} />
        <rect
          className="readout-kl-band"
          x={x(entropy)}
          y={BAR + 6}
          width={Math.max(0, end - x(entropy))}
          height={BAR}
        />
        {infinite ? (
          <text className="readout-infinity" x={WIDTH - 4} y={BAR * 2 + 1}>
            ∞
          </text>
        ) : null}
      </svg>
      <p className="readout-legend">
        Top bar: H(P). Bottom bar: H(P,Q), which is H(P) plus the highlighted KL gap.
      </p>
      {impossible.length > 0 ? (
        <p className="readout-warning">
          Q gives probability 0 to {impossible.map((i) => `“${labels[i]}”`).join(' and ')}, which P
          says can happen: its surprise −log q is infinite, so H(P,Q) and D(P‖Q) are ∞.
        </p>
      ) : null}
    </div>
  );
}
