import { scaleLinear } from 'd3-scale';
import type { Unit } from '../../metrics';
import { Axis } from '../shared/Axis';
import { formatNumber } from '../shared/format';
import type { JointMetrics } from './derive';

const WIDTH = 320;
const LEFT = 46;
const RIGHT = 12;
const BAR = 20;
const GAP = 6;

interface InfoPictureProps {
  metrics: JointMetrics;
  unit: Unit;
  /** The largest H(X,Y) the table's size allows, log(rows · cols): keeps the scale steady. */
  maxJoint: number;
}

/**
 * H(X) and H(Y) as two bars that overlap by I(X;Y): H(X) starts at 0, H(Y) starts at H(X|Y), so
 * together they reach H(X,Y) and the shared stretch is the mutual information.
 */
export function InfoPicture({ metrics, unit, maxJoint }: InfoPictureProps) {
  const { entropyX, entropyY, jointEntropy, conditionalEntropy, mutualInformation } = metrics;
  const x = scaleLinear()
    .domain([0, maxJoint || 1])
    .range([LEFT, WIDTH - RIGHT]);
  const row2 = BAR + GAP;
  const row3 = 2 * (BAR + GAP);
  const axisY = row3 + 14;
  const yStart = x(conditionalEntropy);
  return (
    <svg className="joint-picture" viewBox={`0 0 ${WIDTH} ${axisY + 34}`} aria-hidden="true">
      <text className="readout-name" x={LEFT - 6} y={BAR / 2} dy="0.35em">
        H(X)
      </text>
      <rect className="joint-hx" x={LEFT} y={0} width={x(entropyX) - LEFT} height={BAR} />
      <text className="readout-name" x={LEFT - 6} y={row2 + BAR / 2} dy="0.35em">
        H(Y)
      </text>
      <rect
        className="joint-hy"
        x={yStart}
        y={row2}
        width={Math.max(0, x(conditionalEntropy + entropyY) - yStart)}
        height={BAR}
      />
      <rect
        className="joint-overlap"
        x={yStart}
        y={0}
        width={Math.max(0, x(conditionalEntropy + mutualInformation) - yStart)}
        height={2 * BAR + GAP}
      />
      <line className="joint-union" x1={LEFT} x2={x(jointEntropy)} y1={row3 + 4} y2={row3 + 4} />
      <text className="joint-union-label" x={LEFT} y={row3} dy="-0.1em">
        {`H(X,Y) = ${formatNumber(jointEntropy)}`}
      </text>
      <Axis scale={x} side="bottom" at={axisY} ticks={4} label={unit} />
    </svg>
  );
}
