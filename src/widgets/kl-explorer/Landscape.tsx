import { memo, useId, useMemo, type MouseEvent } from 'react';
import { fromNats, type Gaussian, type Unit } from '../../metrics';
import { formatNumber } from '../shared/format';
import { mapPointToQ, qToMapPoint } from './drag';
import { isGlobal } from './optimum';
import { landscapePixels, landscapeRange, STOPS } from './landscape';
import type { Direction } from './state';
import type { LandscapeResponse } from './landscape-protocol';

const WIDTH = 340;
const HEIGHT = 210;
/** The right margin holds the colour scale: a bar and its two end values. */
const M = { top: 10, right: 58, bottom: 30, left: 34 };
const BAR_X = WIDTH - M.right + 10;
const BAR_W = 10;
const W = WIDTH - M.left - M.right;
const H = HEIGHT - M.top - M.bottom;

/** A map's picture and the divergences at the two ends of its colour scale. */
interface MapImage {
  href: string;
  min: number;
  max: number;
}

/** A map's end values as they read beside the colour bar, in the widget's unit. */
const scaleValue = (nats: number, unit: Unit) => {
  const v = fromNats(nats, unit);
  return formatNumber(v, v >= 10 ? 0 : 2);
};

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
  image: MapImage | undefined;
  unit: Unit;
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
const KLMap = memo(function KLMap(props: MapProps) {
  const { direction, image, unit, q, optima, selected, onPick } = props;
  const gradientId = useId();
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
            href={image.href}
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
        {/* The colour scale: log(1 + D) runs evenly along it, as on the map. */}
        <defs>
          <linearGradient id={gradientId} x1="0" y1="1" x2="0" y2="0">
            {STOPS.map((c, i) => (
              <stop
                key={i}
                offset={i / (STOPS.length - 1)}
                stopColor={`rgb(${c[0]},${c[1]},${c[2]})`}
              />
            ))}
          </linearGradient>
        </defs>
        <rect
          className="kl-map-scale"
          x={BAR_X}
          y={M.top}
          width={BAR_W}
          height={H}
          fill={`url(#${gradientId})`}
        />
        {image ? (
          <g className="kl-axis kl-map-scale-text" aria-hidden="true">
            <text x={BAR_X + BAR_W + 4} y={M.top + 9}>
              {scaleValue(image.max, unit)}
            </text>
            <text x={BAR_X + BAR_W + 4} y={M.top + H}>
              {scaleValue(image.min, unit)}
            </text>
            <text x={BAR_X + BAR_W + 4} y={M.top + H / 2 + 4}>
              {unit}
            </text>
          </g>
        ) : null}
      </svg>
    </figure>
  );
});

interface LandscapePanelProps {
  landscape: LandscapeResponse | undefined;
  q: Gaussian;
  forwardOptimum: Gaussian;
  reverseOptima: readonly (Gaussian & { kl: number })[];
  direction: Direction;
  unit: Unit;
  onPick(q: Gaussian): void;
}

/** Both landscapes side by side with Q's marker and the optima; a placeholder until ready. */
export function LandscapePanel(props: LandscapePanelProps) {
  const { landscape, q, forwardOptimum, reverseOptima, direction, unit, onPick } = props;
  const images = useMemo(() => {
    if (!landscape) return undefined;
    const image = (values: Float64Array) => ({
      href: toImage(values, landscape.cols, landscape.rows),
      ...landscapeRange(values),
    });
    return { forward: image(landscape.forward), reverse: image(landscape.reverse) };
  }, [landscape]);
  const forwardMarks = useMemo(() => [{ ...forwardOptimum, global: true }], [forwardOptimum]);
  const reverseMarks = useMemo(
    () =>
      reverseOptima.map((o) => ({ mu: o.mu, sigma: o.sigma, global: isGlobal(o, reverseOptima) })),
    [reverseOptima],
  );
  return (
    <div
      className="kl-landscape"
      data-ready={landscape?.final ? 'true' : 'false'}
      data-cols={landscape?.cols}
      data-rows={landscape?.rows}
    >
      <KLMap
        direction="forward"
        image={images?.forward}
        unit={unit}
        q={q}
        optima={forwardMarks}
        selected={direction === 'forward'}
        onPick={onPick}
      />
      <KLMap
        direction="reverse"
        image={images?.reverse}
        unit={unit}
        q={q}
        optima={reverseMarks}
        selected={direction === 'reverse'}
        onPick={onPick}
      />
      <p className="kl-map-legend">
        Darker is smaller (the scale beside each map runs from its smallest divergence to its
        largest). The dot is Q; diamonds mark optima (hollow: a worse local minimum).
      </p>
    </div>
  );
}
