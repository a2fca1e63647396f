import type { MixtureDivergences } from '../../metrics';
import { MU_RANGE, SIGMA_RANGE } from './state';

/** Both divergences (nats) on a cols x rows grid over (mu, sigma), row 0 the widest sigma. */
export interface LandscapeGrid {
  cols: number;
  rows: number;
  forward: Float64Array<ArrayBuffer>;
  reverse: Float64Array<ArrayBuffer>;
}

/** The centre of cell (i, j): mu across, sigma down from the top (as the map draws it). */
export function cellCentre(i: number, j: number, cols: number, rows: number) {
  return {
    mu: MU_RANGE.min + ((i + 0.5) / cols) * (MU_RANGE.max - MU_RANGE.min),
    sigma: SIGMA_RANGE.max - ((j + 0.5) / rows) * (SIGMA_RANGE.max - SIGMA_RANGE.min),
  };
}

/**
 * Fills rows [from, to) of a grid with the divergences between P (prepared once in `kl`) and
 * each cell's Q. Split by rows so the worker can yield between chunks and drop a computation
 * that a newer P has made stale.
 */
export function fillRows(kl: MixtureDivergences, grid: LandscapeGrid, from: number, to: number) {
  for (let j = from; j < to; j++) {
    for (let i = 0; i < grid.cols; i++) {
      const q = cellCentre(i, j, grid.cols, grid.rows);
      grid.forward[j * grid.cols + i] = kl.forward(q);
      grid.reverse[j * grid.cols + i] = kl.reverse(q);
    }
  }
}

export function emptyGrid(cols: number, rows: number): LandscapeGrid {
  return {
    cols,
    rows,
    forward: new Float64Array(cols * rows),
    reverse: new Float64Array(cols * rows),
  };
}

/** Viridis at five stops (perceptually even, readable with colour-vision deficiencies). */
export const STOPS = [
  [68, 1, 84],
  [59, 82, 139],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
] as const;

/**
 * RGBA pixels for one direction's values: low divergence dark, high bright. log(1 + D) keeps
 * detail near the optimum, where D is small, while narrow Q far from P runs into the hundreds.
 */
export function landscapePixels(values: Float64Array): Uint8ClampedArray {
  const range = landscapeRange(values);
  const lo = Math.log1p(range.min);
  const span = Math.log1p(range.max) - lo || 1;
  const pixels = new Uint8ClampedArray(values.length * 4);
  values.forEach((v, k) => {
    const s = ((Math.log1p(v) - lo) / span) * (STOPS.length - 1);
    const i = Math.min(STOPS.length - 2, Math.floor(s));
    const f = s - i;
    const a = STOPS[i]!;
    const b = STOPS[i + 1]!;
    for (let c = 0; c < 3; c++) pixels[k * 4 + c] = a[c]! + (b[c]! - a[c]!) * f;
    pixels[k * 4 + 3] = 255;
  });
  return pixels;
}

/** The smallest and largest divergence on a map: the two ends of its colour scale. */
export function landscapeRange(values: Float64Array): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}
