import { scaleLinear } from 'd3-scale';
import type { Unit } from '../../metrics';
import { formatQuantity } from '../shared/format';
import { ReadoutRow } from '../shared/ReadoutRow';
import type { PQMetrics } from './derive';

const WIDTH = 300;
const BAR = 16;

interface ReadoutProps {
  metrics: PQMetrics;
  unit: Unit;
  /** log n in `unit`: the largest entropy possible, to keep the picture's scale steady. */
  maxEntropy: number;
  labels: readonly string[];
  /** False for P alone: H(P) only, drawn against log n. */
  showQ: boolean;
}

/**
 * How far the picture's axis reaches: a little past log n, doubled as often as H(P,Q) needs.
 * The scale then stays put through most drags, so students see the KL band grow and shrink
 * rather than everything rescale on every move (and the browser redraws one rect, not three).
 */
export function pictureExtent(maxEntropy: number, crossEntropy: number): number {
  let extent = maxEntropy * 1.25 || 1;
  while (Number.isFinite(crossEntropy) && crossEntropy > extent) extent *= 2;
  return extent;
}

/**
 * H(P), H(P,Q) and D(P||Q) as numbers and as nested bars: H(P,Q) is drawn as H(P) plus a
 * highlighted band whose length is the KL divergence.
 */
export function Readout({ metrics, unit, maxEntropy, labels, showQ }: ReadoutProps) {
  if (!showQ)
    return (
      <EntropyReadout
        entropy={metrics.entropy}
        unit={unit}
        maxEntropy={maxEntropy}
        n={labels.length}
      />
    );
  const { entropy, crossEntropy, klDivergence, impossible } = metrics;
  const infinite = !Number.isFinite(crossEntropy);
  const x = scaleLinear()
    .domain([0, pictureExtent(maxEntropy, crossEntropy)])
    .range([0, WIDTH]);
  const end = infinite ? WIDTH : x(crossEntropy);
  return (
    <div className="pq-readout">
      <ReadoutRow name="H(P), entropy" metric="entropy" value={entropy} unit={unit} />
      <ReadoutRow
        name="H(P,Q), cross-entropy"
        metric="crossEntropy"
        value={crossEntropy}
        unit={unit}
      />
      <ReadoutRow
        name="D(P‖Q), KL divergence"
        metric="klDivergence"
        value={klDivergence}
        unit={unit}
      />
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

/** P alone: its entropy as a number and as a bar, with a line at log n, the most n outcomes allow. */
function EntropyReadout(props: { entropy: number; unit: Unit; maxEntropy: number; n: number }) {
  const { entropy, unit, maxEntropy, n } = props;
  const x = scaleLinear()
    .domain([0, pictureExtent(maxEntropy, entropy)])
    .range([0, WIDTH]);
  return (
    <div className="pq-readout">
      <ReadoutRow name="H(P), entropy" metric="entropy" value={entropy} unit={unit} />
      <svg className="readout-picture" viewBox={`0 0 ${WIDTH} ${BAR + 8}`} aria-hidden="true">
        <rect className="readout-entropy-bar" x={0} y={4} width={x(entropy)} height={BAR} />
        <line className="readout-max" x1={x(maxEntropy)} x2={x(maxEntropy)} y1={0} y2={BAR + 8} />
      </svg>
      <p className="readout-legend">
        The bar is H(P). The line marks log {n} = {formatQuantity(maxEntropy, unit)}, the largest
        entropy {n} outcomes allow: P reaches it when it is uniform.
      </p>
    </div>
  );
}
