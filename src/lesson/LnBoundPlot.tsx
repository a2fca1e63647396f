import { scaleLinear } from 'd3-scale';
import { Axis } from '../widgets/shared/Axis';
import { linePath } from '../widgets/kl-explorer/curves';

const width = 260;
const height = 200;
const margin = { top: 10, right: 14, bottom: 28, left: 30 };
const x = scaleLinear([0, 3], [margin.left, width - margin.right]);
const y = scaleLinear([-3, 2], [height - margin.bottom, margin.top]);

/** f on (0, 3], densely enough for a smooth curve at this size, clipped at the bottom. */
function curve(f: (t: number) => number): string {
  const ts = Array.from({ length: 121 }, (_, i) => 0.025 + (i * (3 - 0.025)) / 120);
  return linePath(
    ts.map((t) => x(t)),
    ts.map((t) => y(Math.max(-3, f(t)))),
  );
}

/**
 * ln t never rises above the line t - 1, and touches it only at t = 1: the one fact the proof
 * of D(P‖Q) ≥ 0 needs, drawn at build time (no script).
 */
export function LnBoundPlot() {
  return (
    <figure className="ln-bound-plot">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label="The curve ln t lies below the line t − 1 for every t > 0; they touch only at t = 1, where both are 0."
      >
        <Axis scale={x} side="bottom" at={y(0)} ticks={3} label="t" />
        <Axis scale={y} side="left" at={x(0)} ticks={5} />
        <path className="ln-bound-line" d={curve((t) => t - 1)} />
        <path className="ln-bound-log" d={curve(Math.log)} />
        <circle className="ln-bound-touch" cx={x(1)} cy={y(0)} r={4} />
        <text x={x(2.1)} y={y(1.45)} className="ln-bound-label">
          t − 1
        </text>
        <text x={x(2.2)} y={y(0.45)} className="ln-bound-label">
          ln t
        </text>
      </svg>
      <figcaption>ln t ≤ t − 1, with equality only at t = 1.</figcaption>
    </figure>
  );
}
