/**
 * Stands in for d3-interpolate in the bundle (vite.config.ts aliases it here). d3-scale
 * interpolates each scale's range, and every range here is numbers (pixels). The full module
 * also interpolates colours, dates, strings, arrays and objects, and brings d3-color with it:
 * about 1 KiB gzip on every widget page that no scale of ours uses.
 */
export function interpolateNumber(a: number, b: number): (t: number) => number {
  const from = +a;
  const to = +b;
  return (t) => from * (1 - t) + to * t;
}

export function interpolateRound(a: number, b: number): (t: number) => number {
  const between = interpolateNumber(a, b);
  return (t) => Math.round(between(t));
}

/** d3's generic interpolator, for numbers only: anything else says plainly this build has none. */
export function interpolate(a: unknown, b: unknown): (t: number) => number {
  if (typeof b !== 'number') {
    throw new Error('Entropic builds d3 to interpolate numbers only (see vite.config.ts).');
  }
  return interpolateNumber(Number(a), b);
}

/** Used by d3's diverging and sequential scales, which no chart here uses. */
export function piecewise(): never {
  throw new Error('Entropic builds d3 without piecewise interpolation (see vite.config.ts).');
}
