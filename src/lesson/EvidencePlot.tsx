import { scaleLinear } from 'd3-scale';
import { evidencePath, klDivergence, typicalOutcomes, type Unit } from '../metrics';
import { Axis } from '../widgets/shared/Axis';
import { formatNumber, formatQuantity } from '../widgets/shared/format';
import { linePath } from '../widgets/kl-explorer/curves';

export interface EvidencePlotProps {
  /** The truth P, which the outcomes come from. */
  p: number[];
  /** The rival model Q. */
  q: number[];
  /** How many outcomes to draw; default 40. */
  n?: number;
  /** Unit of the evidence; default `bits`. */
  unit?: Unit;
  /** Outcome names for the caption, e.g. `['heads', 'tails']`. */
  labels?: string[];
}

const width = 560;
const height = 230;
const margin = { top: 14, right: 18, bottom: 34, left: 44 };

/**
 * D(P‖Q) as evidence: the running log likelihood ratio of a typical run of outcomes of P steps
 * up or down with each outcome and follows the straight line n · D(P‖Q). Drawn when the page is
 * built (no script); every number comes from src/metrics.
 */
export function EvidencePlot({ p, q, n = 40, unit = 'bits', labels }: EvidencePlotProps) {
  const outcomes = typicalOutcomes(p, n);
  const path = evidencePath(p, q, outcomes, unit);
  const d = klDivergence(p, q, unit);
  const low = Math.min(0, ...path);
  const high = Math.max(n * d, ...path);
  const x = scaleLinear([0, n], [margin.left, width - margin.right]);
  const y = scaleLinear([low, high], [height - margin.bottom, margin.top]).nice();
  const steps = Array.from(path, (_, i) => i);
  // A staircase: each outcome moves the total at once, then it holds until the next one.
  const stairX = steps.flatMap((i) => (i === 0 ? [x(0)] : [x(i), x(i)]));
  const stairY = steps.flatMap((i) => (i === 0 ? [y(0)] : [y(path[i - 1]!), y(path[i]!)]));
  const name = (i: number) => labels?.[i] ?? `outcome ${i + 1}`;
  const stepText = p
    .map((px, i) =>
      px > 0 ? `${name(i)} ${formatNumber(evidencePath(p, q, [i], unit)[1]!, 3)}` : undefined,
    )
    .filter(Boolean)
    .join(', ');
  return (
    <figure className="evidence-plot">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Evidence for P over Q after each of ${n} outcomes drawn from P: a staircase that climbs along the line n times ${formatQuantity(d, unit)} and ends at ${formatQuantity(path[n]!, unit)}.`}
      >
        <Axis scale={x} side="bottom" at={height - margin.bottom} ticks={8} label="n" />
        <Axis
          scale={y}
          side="left"
          at={x(0)}
          ticks={5}
          grid={width - margin.left - margin.right}
          label={unit}
        />
        <line className="evidence-zero" x1={x(0)} x2={x(n)} y1={y(0)} y2={y(0)} />
        <line className="evidence-expected" x1={x(0)} x2={x(n)} y1={y(0)} y2={y(n * d)} />
        <path className="evidence-path" d={linePath(stairX, stairY)} />
        <text className="evidence-label" x={x(n) - 4} y={y(n * d) + 20} textAnchor="end">
          n · D(P‖Q)
        </text>
      </svg>
      <figcaption>
        Log likelihood ratio for P over Q along {n} outcomes of P (each outcome adds its log ratio:{' '}
        {stepText} {unit}). It ends at {formatQuantity(path[n]!, unit)}; the dashed line n · D(P‖Q)
        ends at {formatQuantity(n * d, unit)}.
      </figcaption>
    </figure>
  );
}
