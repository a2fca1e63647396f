import { scaleLinear } from 'd3-scale';
import { crossEntropy, entropy, surprisals, type Unit } from '../../metrics';
import { Axis } from '../../widgets/shared/Axis';
import { formatProbability, formatQuantity } from '../../widgets/shared/format';

export interface CodeLengthBarsProps {
  /** The true frequencies P: each bar is p(x) wide. */
  p: number[];
  /** The frequencies the code was built for: each bar is −log q(x) tall. */
  q: number[];
  /** A name per outcome. */
  labels: string[];
  /** Default `bits`. */
  unit?: Unit;
}

const width = 340;
const height = 230;
const margin = { top: 24, right: 16, bottom: 34, left: 40 };

/**
 * A code built for Q, used on data from P: each outcome's bar is as wide as p(x) and as tall as
 * its ideal codeword length −log q(x), so the bars' total area is the average length H(P,Q).
 * A dashed outline shows the code built for P itself (area H(P)). Computed at build time.
 */
export function CodeLengthBars({ p, q, labels, unit = 'bits' }: CodeLengthBarsProps) {
  const lengthsQ = surprisals(q, unit);
  const lengthsP = surprisals(p, unit);
  const ce = crossEntropy(p, q, unit);
  const h = entropy(p, unit);
  const yMax = Math.ceil(Math.max(...lengthsQ, ...lengthsP, ce));
  const x = scaleLinear([0, 1], [margin.left, width - margin.right]);
  const y = scaleLinear([0, yMax], [height - margin.bottom, margin.top]);
  const starts = p.map((_, i) => p.slice(0, i).reduce((a, b) => a + b, 0));
  const rows = labels.map(
    (name, i) =>
      `${name}: weight ${formatProbability(p[i]!, 4)}, codeword ${formatQuantity(lengthsQ[i]!, unit)} long`,
  );
  return (
    <figure className="lesson-figure code-length-bars">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Codeword lengths. ${rows.join('; ')}. Average under P: ${formatQuantity(ce, unit)}.`}
      >
        {p.map((pi, i) => (
          <g key={labels[i]}>
            <rect
              className="figure-bar-q"
              x={x(starts[i]!)}
              y={y(lengthsQ[i]!)}
              width={x(pi) - x(0)}
              height={y(0) - y(lengthsQ[i]!)}
            />
            <rect
              className="figure-outline-p"
              x={x(starts[i]!)}
              y={y(lengthsP[i]!)}
              width={x(pi) - x(0)}
              height={y(0) - y(lengthsP[i]!)}
            />
            <text
              className="figure-label figure-strong"
              x={x(starts[i]! + pi / 2)}
              y={y(lengthsQ[i]!) - 6}
              textAnchor="middle"
            >
              {labels[i]}: {formatQuantity(lengthsQ[i]!, unit)}
            </text>
          </g>
        ))}
        <line className="figure-average" x1={x(0)} x2={x(1)} y1={y(ce)} y2={y(ce)} />
        <text className="figure-label" x={x(1) - 4} y={y(ce) - 6} textAnchor="end">
          average {formatQuantity(ce, unit)}
        </text>
        <Axis scale={x} side="bottom" at={y(0)} ticks={4} label="share p(x)" />
        <Axis scale={y} side="left" at={x(0)} ticks={yMax} label={unit} />
      </svg>
      <figcaption>
        Bar width p(x), height −log q(x): the area is the average length under P,{' '}
        {formatQuantity(ce, unit)} per letter. Dashed: the code built for P itself, averaging{' '}
        {formatQuantity(h, unit)}.
      </figcaption>
    </figure>
  );
}
