import { memo, useMemo, type MouseEvent } from 'react';
import type { Gaussian } from '../../metrics';
import { formatNumber } from '../shared/format';
import { mapPointToQ, qToMapPoint } from './drag';
import { landscapePixels } from './landscape';
import type { Direction } from './state';
import type { Landscape } from './useLandscape';

const WIDTH = 300;
const HEIGHT = 200;
const M = { top: 8, right: 8, bottom: 28, left: 34 };
const W = WIDTH - M.left - M.right;
const H = HEIGHT - M.top - M.bottom;

/** A PNG data URL of one direction's grid; drawn once per landscape, never during a drag. */
function toImage(values: Float64Array, cols: number, rows: number): string {
  const canvas = document.createElement('canvas');
  canvas.width = cols;
  canvas.height = rows;
  const context = canvas.getContext('2d');
  if (!context) return '';
  const pixels = landscapePixels(values);
  context.putImageData(new ImageData(new Uint8ClampedArray(pixels), cols, rows), 0, 0);
  return canvas.toDataURL();
}

interface MapProps {
  direction: Direction;
  image: string | undefined;
  q: Gaussian;
  optima: readonly (Gaussian & { global: boolean })[];
  selected: boolean;
  onPick(q: Gaussian): void;
}

const at = (g: Gaussian) => {
  const { fx, fy } = qToMapPoint(g.mu, g.sigma);
  return { cx: M.left + fx * W, cy: M.top + fy * H };
};

/** One direction's divergence over (mu, sigma); a click moves Q to that cell. */
const KLMap = memo(function KLMap({ direction, image, q, optima, selected, onPick }: MapProps) {
  const name = direction === 'forward' ? 'D(P‖Q)' : 'D(Q‖P)';
  function pick(event: MouseEvent<SVGRectElement>) {
    const box = event.currentTarget.getBoundingClientRect();
    onPick(
      mapPointToQ((event.clientX - box.left) / box.width, (event.clientY - box.top) / box.height),
    );
  }
  const marker = at(q);
  return (
    <figure className={`kl-map${selected ? ' is-selected' : ''}`}>
      <figcaption>{name} over (μ, σ)</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`Map of ${name} over the mean μ (−6 to 6, across) and standard deviation σ (0.2 to 5, up); darker is smaller. ${optima
          .map(
            (o) =>
              `${o.global ? 'Optimum' : 'Local minimum'} at μ = ${formatNumber(o.mu)}, σ = ${formatNumber(o.sigma)}`,
          )
          .join('; ')}. Click to move Q there.`}
      >
        {image ? (
          <image
            href={image}
            x={M.left}
            y={M.top}
            width={W}
            height={H}
            preserveAspectRatio="none"
          />
        ) : (
          <text className="kl-map-wait" x={M.left + W / 2} y={M.top + H / 2}>
            Computing…
          </text>
        )}
        <rect className="kl-map-frame" x={M.left} y={M.top} width={W} height={H} onClick={pick} />
        {optima.map((o) => {
          const c = at(o);
          return (
            <path
              key={`${o.mu},${o.sigma}`}
              className={`kl-map-optimum${o.global ? ' is-global' : ''}`}
              d={`M${c.cx},${c.cy - 7}L${c.cx + 7},${c.cy}L${c.cx},${c.cy + 7}L${c.cx - 7},${c.cy}Z`}
            />
          );
        })}
        <circle className="kl-map-q" cx={marker.cx} cy={marker.cy} r={5} />
        <g className="kl-axis" aria-hidden="true">
          <text x={M.left} y={HEIGHT - 8}>
            −6
          </text>
          <text x={M.left + W / 2} y={HEIGHT - 8}>
            μ
          </text>
          <text x={M.left + W} y={HEIGHT - 8}>
            6
          </text>
          <text x={M.left - 16} y={M.top + 10}>
            5
          </text>
          <text x={M.left - 16} y={M.top + H / 2 + 4}>
            σ
          </text>
          <text x={M.left - 16} y={M.top + H}>
            0.2
          </text>
        </g>
      </svg>
    </figure>
  );
});

interface LandscapePanelProps {
  landscape: Landscape | undefined;
  q: Gaussian;
  forwardOptimum: Gaussian;
  reverseOptima: readonly (Gaussian & { kl: number })[];
  direction: Direction;
  onPick(q: Gaussian): void;
}

/** Both landscapes side by side with Q's marker and the optima; a placeholder until ready. */
export function LandscapePanel(props: LandscapePanelProps) {
  const { landscape, q, forwardOptimum, reverseOptima, direction, onPick } = props;
  const images = useMemo(
    () =>
      landscape && {
        forward: toImage(landscape.forward, landscape.cols, landscape.rows),
        reverse: toImage(landscape.reverse, landscape.cols, landscape.rows),
      },
    [landscape],
  );
  const forwardMarks = useMemo(() => [{ ...forwardOptimum, global: true }], [forwardOptimum]);
  const reverseMarks = useMemo(() => {
    const best = reverseOptima[0]?.kl ?? 0;
    return reverseOptima.map((o) => ({ mu: o.mu, sigma: o.sigma, global: o.kl - best <= 1e-6 }));
  }, [reverseOptima]);
  return (
    <div
      className="kl-landscape"
      data-ready={landscape?.final ? 'true' : 'false'}
      data-cols={landscape?.cols}
      data-rows={landscape?.rows}
      data-compute-ms={landscape?.computeMs.toFixed(1)}
      data-latency-ms={landscape?.latencyMs.toFixed(1)}
      data-first-latency-ms={landscape?.firstLatencyMs.toFixed(1)}
    >
      <KLMap
        direction="forward"
        image={images?.forward}
        q={q}
        optima={forwardMarks}
        selected={direction === 'forward'}
        onPick={onPick}
      />
      <KLMap
        direction="reverse"
        image={images?.reverse}
        q={q}
        optima={reverseMarks}
        selected={direction === 'reverse'}
        onPick={onPick}
      />
      <p className="kl-map-legend">
        Darker is smaller. The dot is Q; diamonds mark optima (hollow: a worse local minimum).
      </p>
    </div>
  );
}
