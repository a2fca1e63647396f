import { scaleLinear } from 'd3-scale';
import { surprisals, type Unit } from '../../metrics';
import { Axis } from '../../widgets/shared/Axis';
import { formatNumber, formatProbability, formatQuantity } from '../../widgets/shared/format';
import { linePath } from '../../widgets/kl-explorer/curves';

export interface SurpriseCurveProps {
  /** Probabilities given to the true class, each marked on the curve and listed in the table. */
  marks: number[];
  /** Unit of the loss; default `nats`. */
  unit?: Unit;
}

const width = 320;
const height = 220;
const margin = { top: 24, right: 16, bottom: 34, left: 40 };

/** −log q of one probability q, through src/metrics (the surprise of an outcome of chance q). */
function surprise(q: number, unit: Unit): number {
  return q === 1 ? 0 : surprisals([q, 1 - q], unit)[0]!;
}

/**
 * The loss −log q a model pays when the true class got probability q: gentle near q = 1, steep
 * near 0. Curve and table are computed by src/metrics at build time; no script.
 */
export function SurpriseCurve({ marks, unit = 'nats' }: SurpriseCurveProps) {
  const lowest = Math.min(...marks);
  const yMax = Math.ceil(surprise(lowest, unit));
  const x = scaleLinear([0, 1], [margin.left, width - margin.right]);
  const y = scaleLinear([0, yMax], [height - margin.bottom, margin.top]);
  // From where the curve leaves the plot's top to q = 1.
  const start = Math.exp(-yMax * (unit === 'bits' ? Math.LN2 : 1));
  const qs = Array.from({ length: 160 }, (_, i) => start + ((1 - start) * i) / 159);
  const d = linePath(
    qs.map((q) => x(q)),
    qs.map((q) => y(surprise(q, unit))),
  );
  const rows = marks.map((q) => ({ q, loss: surprise(q, unit) }));
  return (
    <figure className="lesson-figure surprise-curve">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`The loss −log q against q, the probability given to the true class: it falls to 0 at q = 1 and grows without bound as q nears 0. ${rows.map((r) => `q = ${formatProbability(r.q, 4)}: ${formatQuantity(r.loss, unit)}`).join('; ')}.`}
      >
        <Axis scale={x} side="bottom" at={y(0)} ticks={5} label="q" />
        <Axis scale={y} side="left" at={x(0)} ticks={5} label={unit} />
        <path className="figure-curve" d={d} />
        {rows.map((r) => (
          <circle key={r.q} className="figure-mark" cx={x(r.q)} cy={y(r.loss)} r={4.5} />
        ))}
      </svg>
      <table className="figure-table">
        <caption>The loss for a few probabilities of the true class</caption>
        <thead>
          <tr>
            <th scope="col">q(true class)</th>
            <th scope="col">loss {unit === 'nats' ? '−ln q' : '−log₂ q'}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.q}>
              <td>{formatProbability(r.q, 4)}</td>
              <td>
                {formatNumber(r.loss)} {unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
