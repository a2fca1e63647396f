import { gaussianPdf, mixtureLogPdf, type Gaussian, type Mixture } from '../../metrics';

/** The plotted x range: wide enough for every mean (MU_RANGE) plus a little tail. */
export const X_DOMAIN = [-8, 8] as const;
const SAMPLES = 241;

/** The x positions every curve is sampled at, shared so P, Q and the integrand line up. */
export const xs = Float64Array.from(
  { length: SAMPLES },
  (_, i) => X_DOMAIN[0] + ((X_DOMAIN[1] - X_DOMAIN[0]) * i) / (SAMPLES - 1),
);

/** A density sampled at `xs`, with its logarithm kept separately so far tails never give 0/0. */
export interface Curve {
  density: Float64Array;
  log: Float64Array;
  peak: number;
}

const pCurves = new WeakMap<Mixture, Curve>();
const qCurves = new WeakMap<Gaussian, Curve>();

function peakOf(density: Float64Array): number {
  let peak = 0;
  for (const d of density) if (d > peak) peak = d;
  return peak;
}

/** P sampled at `xs`; cached per mixture, so dragging Q never recomputes it. */
export function mixtureCurve(p: Mixture): Curve {
  let curve = pCurves.get(p);
  if (!curve) {
    const log = xs.map((x) => mixtureLogPdf(x, p));
    const density = log.map(Math.exp);
    curve = { density, log, peak: peakOf(density) };
    pCurves.set(p, curve);
  }
  return curve;
}

/** Q sampled at `xs`; cached per Gaussian (states are immutable, so per drag step). */
export function gaussianCurve(q: Gaussian): Curve {
  let curve = qCurves.get(q);
  if (!curve) {
    // Validated once here rather than at each of the 241 points: this runs on every drag move.
    gaussianPdf(q.mu, q);
    // log N in closed form: exp() of it underflows to 0 beyond ~38 sd, the log does not.
    const offset = -Math.log(q.sigma) - 0.5 * Math.log(2 * Math.PI);
    const log = xs.map((x) => -0.5 * ((x - q.mu) / q.sigma) ** 2 + offset);
    const density = log.map(Math.exp);
    curve = { density, log, peak: peakOf(density) };
    qCurves.set(q, curve);
  }
  return curve;
}

/**
 * The KL integrand at each x, in nats: p log(p/q) for D(P||Q), q log(q/p) for D(Q||P). Its
 * signed area is the divergence; positive where the weighting density exceeds the other.
 */
export function integrand(weighting: Curve, other: Curve): Float64Array {
  return weighting.density.map((d, i) => (d === 0 ? 0 : d * (weighting.log[i]! - other.log[i]!)));
}

/** An SVG path through (x, y) points: "M x0,y0 L x1,y1 ...", 1 decimal (sub-pixel). */
export function linePath(px: ArrayLike<number>, py: ArrayLike<number>): string {
  let d = '';
  for (let i = 0; i < px.length; i++) {
    d += `${i === 0 ? 'M' : 'L'}${px[i]!.toFixed(1)},${py[i]!.toFixed(1)}`;
  }
  return d;
}

/** A filled area between y = base and the curve, closed along the base. */
export function areaPath(px: ArrayLike<number>, py: ArrayLike<number>, base: number): string {
  const n = px.length;
  if (n === 0) return '';
  const b = base.toFixed(1);
  return `M${px[0]!.toFixed(1)},${b}${linePath(px, py).replace('M', 'L')}L${px[n - 1]!.toFixed(1)},${b}Z`;
}
