import { memo } from 'react';
import { scaleLinear } from 'd3-scale';
import type { Unit } from '../../metrics';
import { formatNumber, formatQuantity } from '../shared/format';
import { areaPath, xs } from './curves';
import { PLOT_MARGIN, plotFrame } from './plot-frame';
import type { Direction } from './state';

/** The strip's height in CSS pixels; kl-explorer.css gives the SVG the same height. */
const HEIGHT = 90;

interface IntegrandPlotProps {
  values: Float64Array;
  direction: Direction;
  total: number;
  unit: Unit;
  /** The plot's CSS width, the density plot's too, so the two share their x axis. */
  width: number;
}

/**
 * The selected KL's integrand as a signed area under the main plot: above the axis where that
 * x adds to the divergence, below where it takes away. The area above minus the area below is
 * the divergence itself.
 */
export const IntegrandPlot = memo(function IntegrandPlot(props: IntegrandPlotProps) {
  const { values, direction, total, unit, width } = props;
  const { px } = plotFrame(width);
  let lo = 0;
  let hi = 0;
  let worst = 0;
  values.forEach((v, i) => {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
    if (v > values[worst]!) worst = i;
  });
  // Only as much room below the line as the negative part needs (at least a sliver, so the
  // axis never sits on the edge): the strip stays short when the integrand is mostly positive.
  const top = hi || 1;
  const y = scaleLinear()
    .domain([Math.min(lo, -0.15 * top) * 1.1, top * 1.1])
    .range([HEIGHT - 6, 6]);
  const base = y(0);
  const above = areaPath(
    px,
    values.map((v) => y(Math.max(0, v))),
    base,
  );
  const below = areaPath(
    px,
    values.map((v) => y(Math.min(0, v))),
    base,
  );
  const formula = direction === 'forward' ? 'p(x) log(p(x)/q(x))' : 'q(x) log(q(x)/p(x))';
  const name = direction === 'forward' ? 'D(P‖Q)' : 'D(Q‖P)';
  return (
    <figure className="kl-integrand">
      <figcaption>
        Where {name} pays: {formula}. Area above the line minus area below ={' '}
        {formatQuantity(total, unit)}.
      </figcaption>
      <svg
        viewBox={`0 0 ${width} ${HEIGHT}`}
        role="img"
        aria-label={`The integrand ${formula}; it is largest at x = ${formatNumber(xs[worst]!, 1)}.`}
      >
        <path className="kl-integrand-pos" d={above} />
        <path className="kl-integrand-neg" d={below} />
        <line
          className="kl-axis-line"
          x1={PLOT_MARGIN.left}
          x2={width - PLOT_MARGIN.right}
          y1={base}
          y2={base}
        />
      </svg>
    </figure>
  );
});
