import { scaleLinear } from 'd3-scale';
import { entropy, type Unit } from '../../metrics';
import { Axis } from '../../widgets/shared/Axis';
import { formatProbability, formatQuantity } from '../../widgets/shared/format';
import { linePath } from '../../widgets/kl-explorer/curves';

export interface BinaryEntropyCurveProps {
  /** The probability of the first outcome, marked on the curve. */
  p: number;
  /** Unit of the vertical axis; default `bits`. */
  unit?: Unit;
}

const width = 320;
const height = 210;
const margin = { top: 24, right: 16, bottom: 34, left: 40 };

/**
 * The entropy of a two-outcome distribution (p, 1 − p) for every p, with one p marked: zero at
 * the certain ends, largest at p = 1/2. Computed by src/metrics and drawn at build time.
 */
export function BinaryEntropyCurve({ p, unit = 'bits' }: BinaryEntropyCurveProps) {
  const top = entropy([0.5, 0.5], unit);
  const x = scaleLinear([0, 1], [margin.left, width - margin.right]);
  const y = scaleLinear([0, top], [height - margin.bottom, margin.top]);
  const ps = Array.from({ length: 201 }, (_, i) => i / 200);
  const d = linePath(
    ps.map((t) => x(t)),
    ps.map((t) => y(entropy([t, 1 - t], unit))),
  );
  const h = entropy([p, 1 - p], unit);
  const where = `At p = ${formatProbability(p, 4)}, H = ${formatQuantity(h, unit)}`;
  return (
    <figure className="lesson-figure">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`The entropy of (p, 1 − p) against p: 0 at p = 0 and p = 1, largest, ${formatQuantity(top, unit)}, at p = 0.5. ${where}.`}
      >
        <Axis scale={x} side="bottom" at={y(0)} ticks={5} label="p" />
        <Axis scale={y} side="left" at={x(0)} ticks={4} label={`H (${unit})`} />
        <path className="figure-curve" d={d} />
        <line className="figure-guide" x1={x(p)} x2={x(p)} y1={y(0)} y2={y(h)} />
        <circle className="figure-mark" cx={x(p)} cy={y(h)} r={5} />
      </svg>
      <figcaption>
        {where}; a fair coin, p = 0.5, has the most: {formatQuantity(top, unit)}.
      </figcaption>
    </figure>
  );
}
