import { scaleLinear } from 'd3-scale';
import type { Unit } from '../../metrics';
import { Axis } from '../shared/Axis';
import { formatNumber, formatQuantity } from '../shared/format';
import { ReadoutRow } from '../shared/ReadoutRow';
import type { PQMetrics } from './derive';

const WIDTH = 320;
/** Where the bars start: the names H(P) and H(P,Q) sit to their left. */
const LEFT = 58;
const RIGHT = 12;
const BAR = 22;
const GAP = 8;
/** Room a "D = 0.737" label needs, with its 5-unit gap to the band. */
const KL_LABEL = 70;

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

/** Where the band's "D = ..." label goes: its x, which way it runs from there, and on what. */
export interface KLLabelPlace {
  x: number;
  anchor: 'start' | 'end';
  /** Over a filled bar (drawn in the surface colour), not beside it. */
  inside: boolean;
}

/**
 * The KL band's label, from the band's two ends (`from` = H(P), `to` = H(P,Q), in picture
 * units): beside the band while the picture has room to its right, else inside the band when
 * the band is wide enough, else inside the H(P) part just left of the band. Never across the
 * edge between two fills, where half of it would sit on each colour.
 */
export function klLabelPlace(from: number, to: number, right: number): KLLabelPlace {
  if (right - to >= KL_LABEL) return { x: to + 5, anchor: 'start', inside: false };
  if (to - from >= KL_LABEL) return { x: to - 5, anchor: 'end', inside: true };
  return { x: from - 5, anchor: 'end', inside: true };
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
    .range([LEFT, WIDTH - RIGHT]);
  const end = infinite ? WIDTH - RIGHT : x(crossEntropy);
  const row2 = BAR + GAP;
  const axisY = 2 * BAR + GAP + 6;
  const label = klLabelPlace(x(entropy), end, WIDTH - RIGHT);
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
      <svg className="readout-picture" viewBox={`0 0 ${WIDTH} ${axisY + 34}`} aria-hidden="true">
        <text className="readout-name" x={LEFT - 6} y={BAR / 2} dy="0.35em">
          H(P)
        </text>
        <rect
          className="readout-entropy-bar"
          x={LEFT}
          y={0}
          width={x(entropy) - LEFT}
          height={BAR}
        />
        <text className="readout-name" x={LEFT - 6} y={row2 + BAR / 2} dy="0.35em">
          H(P,Q)
        </text>
        <rect
          className="readout-entropy-bar"
          x={LEFT}
          y={row2}
          width={x(entropy) - LEFT}
          height={BAR}
        />
        <rect
          className="readout-kl-band"
          x={x(entropy)}
          y={row2}
          width={Math.max(0, end - x(entropy))}
          height={BAR}
        />
        <text
          className={`readout-kl-label${label.inside ? ' is-inside' : ''}`}
          x={label.x}
          y={row2 + BAR / 2}
          dy="0.35em"
          textAnchor={label.anchor}
        >
          {`D = ${infinite ? '∞' : formatNumber(klDivergence)}`}
        </text>
        <Axis scale={x} side="bottom" at={axisY} ticks={4} label={unit} />
      </svg>
      <p className="readout-legend">
        H(P,Q) is H(P) plus the red band, whose length is the KL divergence D(P‖Q).
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
    .range([LEFT, WIDTH - RIGHT]);
  const axisY = BAR + 10;
  return (
    <div className="pq-readout">
      <ReadoutRow name="H(P), entropy" metric="entropy" value={entropy} unit={unit} />
      <svg className="readout-picture" viewBox={`0 -14 ${WIDTH} ${axisY + 48}`} aria-hidden="true">
        <text className="readout-name" x={LEFT - 6} y={4 + BAR / 2} dy="0.35em">
          H(P)
        </text>
        <rect
          className="readout-entropy-bar"
          x={LEFT}
          y={4}
          width={x(entropy) - LEFT}
          height={BAR}
        />
        <line className="readout-max" x1={x(maxEntropy)} x2={x(maxEntropy)} y1={-2} y2={axisY} />
        <text className="readout-max-label" x={x(maxEntropy)} y={-5} textAnchor="middle">
          log {n}
        </text>
        <Axis scale={x} side="bottom" at={axisY} ticks={4} label={unit} />
      </svg>
      <p className="readout-legend">
        The bar is H(P). The line marks log {n} = {formatQuantity(maxEntropy, unit)}, the largest
        entropy {n} outcomes allow: P reaches it when it is uniform.
      </p>
    </div>
  );
}
