import { scaleLinear } from 'd3-scale';
import { crossEntropy, entropy, klDivergence, type Unit } from '../../metrics';
import { formatQuantity } from '../../widgets/shared/format';

export interface NestedBarsProps {
  /** The truth P. */
  p: number[];
  /** The model Q (no zero where P has mass: the bars need a finite H(P,Q)). */
  q: number[];
  /** Default `bits`. */
  unit?: Unit;
}

const width = 340;
const height = 118;
const left = 78;
const right = 12;
const barHeight = 26;

/**
 * H(P,Q) = H(P) + D(P‖Q) as two bars: the entropy alone, and the cross-entropy drawn as the same
 * entropy plus the divergence on top. All three lengths come from src/metrics at build time.
 */
export function NestedBars({ p, q, unit = 'bits' }: NestedBarsProps) {
  const h = entropy(p, unit);
  const ce = crossEntropy(p, q, unit);
  const d = klDivergence(p, q, unit);
  const x = scaleLinear([0, ce], [left, width - right]);
  const rowY = [18, 70];
  const text = {
    h: `H(P) = ${formatQuantity(h, unit)}`,
    d: `D(P‖Q) = ${formatQuantity(d, unit)}`,
    ce: `H(P,Q) = ${formatQuantity(ce, unit)}`,
  };
  // Both rows start with the name and the H(P) bar; the second adds the KL band after it.
  const entropyRow = (name: string, y: number) => (
    <>
      <text
        className="figure-label"
        x={left - 8}
        y={y + barHeight / 2}
        dy="0.32em"
        textAnchor="end"
      >
        {name}
      </text>
      <rect className="figure-bar-p" x={x(0)} y={y} width={x(h) - x(0)} height={barHeight} />
    </>
  );
  return (
    <figure className="lesson-figure nested-bars">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`Two bars. ${text.h}. ${text.ce}, made of H(P) and ${text.d} on top of it.`}
      >
        {entropyRow('H(P)', rowY[0]!)}
        {entropyRow('H(P,Q)', rowY[1]!)}
        <rect
          className="figure-bar-gap"
          x={x(h)}
          y={rowY[1]}
          width={x(ce) - x(h)}
          height={barHeight}
        />
        <line className="figure-guide" x1={x(h)} x2={x(h)} y1={rowY[0]} y2={rowY[1]! + barHeight} />
        <text className="figure-label" x={x(h) + 4} y={rowY[1]! - 6}>
          D(P‖Q)
        </text>
      </svg>
      <figcaption>
        {text.ce} = {text.h} + {text.d}: the entropy nobody can remove, plus the extra cost of the
        wrong model.
      </figcaption>
    </figure>
  );
}
