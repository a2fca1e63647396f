import { MU_RANGE, SIGMA_RANGE, clamp } from './state';

/**
 * Pointer positions (already in data units: x on the plot's axis) to Q's parameters. Kept pure
 * so the mapping is unit-tested without a browser.
 */

/**
 * Dragging the curve sideways moves the mean by the pointer's travel, not to the pointer: a
 * grab off-centre must not make the curve jump under the finger.
 */
export function dragMean(startMu: number, startX: number, x: number): number {
  return clamp(startMu + (x - startX), MU_RANGE);
}

/** The width handle sits at mu + sigma; wherever it is dragged, sigma is its distance from mu. */
export function dragSigma(mu: number, x: number): number {
  return clamp(Math.abs(x - mu), SIGMA_RANGE);
}

/** A landscape cell's click position (fractions 0..1 across and down the map) to (mu, sigma). */
export function mapPointToQ(fx: number, fy: number): { mu: number; sigma: number } {
  const x = clamp(fx, { min: 0, max: 1 });
  const y = clamp(fy, { min: 0, max: 1 });
  return {
    mu: MU_RANGE.min + x * (MU_RANGE.max - MU_RANGE.min),
    // Up on the map is wider: sigma grows from the bottom edge.
    sigma: SIGMA_RANGE.min + (1 - y) * (SIGMA_RANGE.max - SIGMA_RANGE.min),
  };
}

/** The inverse of mapPointToQ: where (mu, sigma) sits on the map, as fractions. */
export function qToMapPoint(mu: number, sigma: number): { fx: number; fy: number } {
  return {
    fx: (mu - MU_RANGE.min) / (MU_RANGE.max - MU_RANGE.min),
    fy: (SIGMA_RANGE.max - sigma) / (SIGMA_RANGE.max - SIGMA_RANGE.min),
  };
}
