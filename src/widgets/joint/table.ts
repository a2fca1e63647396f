import { marginals } from '../../metrics';
import { redistribute } from '../shared/redistribute';

/**
 * Sets cell (i, j) of a joint table to `value` (clamped to [0, 1]) and rescales every other cell
 * in proportion so the table still sums to 1: the bar widget's rule, applied to the cells read
 * row by row.
 */
export function setCell(joint: readonly number[][], i: number, j: number, value: number) {
  const cols = joint[0]!.length;
  const flat = redistribute(joint.flat(), i * cols + j, value);
  return joint.map((row, r) => flat.slice(r * cols, (r + 1) * cols));
}

/**
 * The table X and Y would have if they were independent with the same marginals: p(x) p(y) in
 * every cell. Its mutual information is 0 and P(X), P(Y) are unchanged.
 */
export function productOfMarginals(joint: readonly number[][]): number[][] {
  const { px, py } = marginals(joint as number[][]);
  return px.map((a) => py.map((b) => a * b));
}
