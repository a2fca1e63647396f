import { scaleLinear } from 'd3-scale';
import { forwardKl, reverseKl, type Gaussian, type Mixture } from '../metrics';
import { Axis } from '../widgets/shared/Axis';
import { formatNumber, formatProbability, formatQuantity } from '../widgets/shared/format';
import {
  areaPath,
  gaussianCurve,
  integrand,
  linePath,
  mixtureCurve,
  xs,
} from '../widgets/kl-explorer/curves';

export interface KLIntegrandsProps {
  /** The truth P, a Gaussian mixture. */
  mixture: Mixture;
  /** The model Q, one Gaussian. */
  model: Gaussian;
  /** The x range drawn; default [-6, 6]. */
  domain?: [number, number];
}

const width = 560;
const band = 96;
const gap = 34;
const margin = { top: 26, right: 14, bottom: 30, left: 44 };
const height = margin.top + 3 * band + 2 * gap + margin.bottom;

/** Index range of the shared samples `xs` inside [lo, hi]. */
function within([lo, hi]: [number, number]): number[] {
  return Array.from(xs.keys()).filter((i) => xs[i]! >= lo && xs[i]! <= hi);
}

/**
 * The two KL directions side by side for one P and one Q: the densities, then
 * p log(p/q) (forward) and q log(q/p) (reverse) on the same x axis, so a student sees where each
 * divergence pays. Rendered when the page is built; the totals come from src/metrics.
 */
export function KLIntegrands({ mixture, model, domain = [-6, 6] }: KLIntegrandsProps) {
  const idx = within(domain);
  const pCurve = mixtureCurve(mixture);
  const qCurve = gaussianCurve(model);
  const forward = integrand(pCurve, qCurve);
  const reverse = integrand(qCurve, pCurve);
  const x = scaleLinear(domain, [margin.left, width - margin.right]);
  const px = idx.map((i) => x(xs[i]!));
  const top = (k: number) => margin.top + k * (band + gap);
  const pick = (values: Float64Array) => idx.map((i) => values[i]!);
  // One vertical scale for both integrands, so their areas compare fairly.
  const values = [...pick(forward), ...pick(reverse)];
  const hi = Math.max(...values);
  const lo = Math.min(0, ...values);
  const strip = (k: number) => scaleLinear([lo, hi], [top(k) + band, top(k)]);
  const density = scaleLinear(
    [0, Math.max(...pick(pCurve.density), ...pick(qCurve.density))],
    [top(0) + band, top(0)],
  );
  const signed = (k: number, v: number[]) => {
    const y = strip(k);
    return {
      pos: areaPath(
        px,
        v.map((t) => y(Math.max(0, t))),
        y(0),
      ),
      neg: areaPath(
        px,
        v.map((t) => y(Math.min(0, t))),
        y(0),
      ),
      base: y(0),
    };
  };
  const rows = [
    {
      name: 'forward',
      text: 'p(x) ln(p(x)/q(x))',
      total: forwardKl(mixture, model),
      ...signed(1, pick(forward)),
    },
    {
      name: 'reverse',
      text: 'q(x) ln(q(x)/p(x))',
      total: reverseKl(mixture, model),
      ...signed(2, pick(reverse)),
    },
  ];
  const peak = (v: Float64Array) => xs[idx.reduce((a, i) => (v[i]! > v[a]! ? i : a), idx[0]!)]!;
  return (
    <figure className="kl-integrands">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`P, Q and the two KL integrands. The forward one, p ln(p/q), is largest at x = ${formatNumber(peak(forward), 1)}, on a bump that Q covers thinly; the reverse one, q ln(q/p), at x = ${formatNumber(peak(reverse), 1)}, where Q puts mass that P lacks.`}
      >
        <path
          className="kl-integrands-p"
          d={areaPath(px, pick(pCurve.density).map(density), density(0))}
        />
        <path className="kl-integrands-q" d={linePath(px, pick(qCurve.density).map(density))} />
        <text className="kl-integrands-label" x={margin.left + 4} y={top(0) - 10}>
          densities: P (filled), Q (line)
        </text>
        {rows.map((row, k) => (
          <g key={row.name}>
            <path className="kl-integrands-pos" d={row.pos} />
            <path className="kl-integrands-neg" d={row.neg} />
            <line
              className="kl-integrands-axis"
              x1={margin.left}
              x2={width - margin.right}
              y1={row.base}
              y2={row.base}
            />
            <text className="kl-integrands-label" x={margin.left + 4} y={top(k + 1) - 10}>
              {row.name}: {row.text}, area {formatQuantity(row.total, 'nats')}
            </text>
          </g>
        ))}
        <Axis scale={x} side="bottom" at={top(2) + band + 4} ticks={7} label="x" />
      </svg>
      <figcaption>
        Where each direction pays, for Q = N({formatProbability(model.mu, 2)},{' '}
        {formatProbability(model.sigma, 2)}²). The shaded area above each line, minus the area below
        it, is the divergence.
      </figcaption>
    </figure>
  );
}
