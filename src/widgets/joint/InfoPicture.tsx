import { scaleLinear } from 'd3-scale';
import type { Unit } from '../../metrics';
import { Axis } from '../shared/Axis';
import { formatNumber } from '../shared/format';
import type { JointMetrics } from './derive';

const WIDTH = 320;
const LEFT = 56;
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
  /** The union line under the bars, its value above its right end, then the axis. */
  const unionY = 2 * BAR + GAP + 18;
  const axisY = unionY + 22;
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
      <text className="readout-name" x={LEFT - 6} y={unionY} dy="0.35em">
        H(X,Y)
      </text>
      <line className="joint-union" x1={LEFT} x2={x(jointEntropy)} y1={unionY} y2={unionY} />
      <text className="joint-union-label" x={x(jointEntropy)} y={unionY - 4} textAnchor="end">
        {formatNumber(jointEntropy)}
      </text>
      <Axis scale={x} side="bottom" at={axisY} ticks={4} label={unit} />
    </svg>
  );
}
