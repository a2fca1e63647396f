import { klTerm, logRatio } from './log-terms';
import { CompensatedSum } from './sum';
import { fromNats } from './units';
import { checkJoint, checkNonEmpty, checkNonNegativeEntries, invalid } from './validate';
import type { Unit } from './types';

/**
 * Quantities of a joint distribution p(x, y), given as a table with one row per value of X and one
 * column per value of Y.
 */

/** Compensated row sums p(x) and column sums p(y) of a table. */
function marginalSums(joint: ArrayLike<number>[]): { px: Float64Array; py: Float64Array } {
  const cols = joint[0]!.length;
  const px = new Float64Array(joint.length);
  const py = new Float64Array(cols);
  for (let i = 0; i < joint.length; i++) {
    const acc = new CompensatedSum();
    for (let j = 0; j < cols; j++) acc.add(joint[i]![j]!);
    px[i] = acc.value();
  }
  for (let j = 0; j < cols; j++) {
    const acc = new CompensatedSum();
    for (let i = 0; i < joint.length; i++) acc.add(joint[i]![j]!);
    py[j] = acc.value();
  }
  return { px, py };
}

/**
 * x y - fl(x y), exactly, by Dekker's product with Veltkamp's splitting (T. J. Dekker, "A
 * floating-point technique for extending the available precision", Numer. Math. 18, 1971): the
 * part of a product that rounding drops. Exact while x y and the split halves neither overflow nor
 * go subnormal, which holds for probabilities above ~1e-290.
 */
function productError(x: number, y: number): number {
  const split = 134217729; // 2^27 + 1
  const p = x * y;
  let t = split * x;
  const xHigh = t - (t - x);
  const xLow = x - xHigh;
  t = split * y;
  const yHigh = t - (t - y);
  const yLow = y - yHigh;
  return xHigh * yHigh - p + xHigh * yLow + xLow * yHigh + xLow * yLow;
}

/**
 * I(X;Y) = sum p(x,y) log(p(x,y) / (p(x) p(y))), never negative, 0 when X and Y are independent.
 *
 * Summed as sum over all cells of p(x) klTerm(p(y|x), p(y)), i.e. of p(x,y) log(p(x,y) / (p(x) p(y)))
 * - p(x,y) + p(x) p(y) >= 0, so a nearly independent table gives a tiny I with many correct digits
 * instead of the rounding residue of terms of both signs (and rounding in the marginals only enters
 * at second order). The left-out parts p(x,y) - p(x) p(y) sum to S - S^2 for a table with total
 * S (with exact marginals): 0 when it sums to exactly 1, otherwise added back. Working with p(y|x), never below p(x,y),
 * means no product of tiny probabilities underflows to 0.
 */
export function mutualInformation(joint: ArrayLike<number>[], unit: Unit = 'nats'): number {
  const total = checkJoint(joint);
  const { px, py } = marginalSums(joint);
  const acc = new CompensatedSum();
  for (let i = 0; i < joint.length; i++) {
    const row = joint[i]!;
    const pxi = px[i]!;
    if (pxi === 0) continue;
    for (let j = 0; j < row.length; j++) {
      const pxy = row[j]!;
      const conditional = pxy / pxi;
      // The rounding error of p(y|x), found exactly, enters p(y) - p(y|x) as a correction: near
      // independence that difference is all that matters, and the rounding would swamp it.
      const residual = (pxy - conditional * pxi - productError(conditional, pxi)) / pxi;
      acc.add(pxi * klTerm(conditional, py[j]!, -residual));
    }
  }
  // S (1 - S) from the cells' unrounded compensated total: a table of doubles rarely sums to
  // exactly 1, and rounding S first would leave an error of ~1e-16 here.
  const oneMinusS = new CompensatedSum(1).minus(total);
  return fromNats(Math.max(0, acc.value() + total.value() * oneMinusS), unit);
}

/** H(X, Y) = -sum p(x,y) log p(x,y): the uncertainty of the pair, the entropy of every cell. */
export function jointEntropy(joint: ArrayLike<number>[], unit: Unit = 'nats'): number {
  checkJoint(joint);
  const acc = new CompensatedSum();
  for (const row of joint) {
    for (let j = 0; j < row.length; j++) {
      const pxy = row[j]!;
      if (pxy > 0) acc.add(-pxy * Math.log(pxy));
    }
  }
  return fromNats(acc.value(), unit);
}

/**
 * The marginals of a joint table: P(X) from the rows and P(Y) from the columns, each summed with
 * compensation so a table that sums to 1 gives marginals that do too (to rounding).
 */
export function marginals(joint: ArrayLike<number>[]): { px: number[]; py: number[] } {
  checkJoint(joint);
  const { px, py } = marginalSums(joint);
  return { px: Array.from(px), py: Array.from(py) };
}

/** The table with rows and columns exchanged: the joint of (Y, X). */
function transpose(joint: ArrayLike<number>[]): number[][] {
  const cols = joint[0]?.length ?? 0;
  return Array.from({ length: cols }, (_, j) => Array.from(joint, (row) => row[j]!));
}

/**
 * H(Y|X) = -sum p(x,y) log p(y|x): what is still unknown about Y (the columns) once X is known.
 * With `unknown: 'rows'`, H(X|Y) instead: what is still unknown about X once Y is known.
 */
export function conditionalEntropy(
  joint: ArrayLike<number>[],
  unit: Unit = 'nats',
  unknown: 'columns' | 'rows' = 'columns',
): number {
  checkJoint(joint);
  if (unknown === 'rows') return conditionalEntropy(transpose(joint), unit);
  const { px } = marginalSums(joint);
  const acc = new CompensatedSum();
  for (let i = 0; i < joint.length; i++) {
    const row = joint[i]!;
    for (let j = 0; j < row.length; j++) {
      const pxy = row[j]!;
      // p(x) >= p(x,y), so every term is >= 0 and the sum cannot cancel.
      if (pxy > 0) acc.add(pxy * logRatio(px[i]!, pxy));
    }
  }
  return fromNats(acc.value(), unit);
}

/** Throws unless `counts` is a non-empty list of finite counts >= 0; returns their total. */
function checkCounts(counts: ArrayLike<number>, what: string): number {
  checkNonEmpty(counts, what);
  return checkNonNegativeEntries(counts, what).value();
}

/**
 * Information gain of a decision-tree split, H(parent) - sum_k (n_k / n) H(child k), from class
 * counts: the parent's counts per class and, for each child, its counts per class. Computed as the
 * mutual information between "which child" and "which class",
 * sum_{k,c} (n_kc / n) log(n_kc n / (n_k n_c)), the same number without subtracting two nearly
 * equal entropies when the split barely helps.
 */
export function informationGain(
  parentCounts: ArrayLike<number>,
  childrenCounts: ArrayLike<number>[],
  unit: Unit = 'nats',
): number {
  const n = checkCounts(parentCounts, 'parent count');
  if (n === 0) invalid('parent counts', 'all 0', 'include a count > 0');
  checkNonEmpty(childrenCounts, 'children counts');
  const classes = parentCounts.length;
  const childTotals = childrenCounts.map((child, k) => {
    if (child.length !== classes) {
      invalid(`number of classes of child ${k}`, child.length, `be ${classes} like the parent`);
    }
    return checkCounts(child, `count of child ${k}`);
  });
  // The children must partition the parent, class by class, or the "gain" means nothing.
  for (let c = 0; c < classes; c++) {
    const split = new CompensatedSum();
    for (const child of childrenCounts) split.add(child[c]!);
    const parent = parentCounts[c]!;
    if (!(Math.abs(split.value() - parent) <= 1e-9 * n)) {
      invalid(`children's total for class ${c}`, split.value(), `be the parent count (${parent})`);
    }
  }
  // sum_{k,c} klTerm(n_kc n, n_k n_c) / n^2: the left-out parts n_kc n - n_k n_c sum to
  // n^2 - n^2 = 0, and for integer counts below ~10^7 every product is exact, so even a gain of
  // 1e-12 nats keeps all its digits. Scaling every count by one power of two (exact) puts the total
  // in [1, 2), so no product overflows, and one underflows to 0 only for counts below ~1e-154 of
  // the total, cells worth < 1e-150 that are dropped rather than turned into log(a / 0).
  const scale = 2 ** Math.min(1023, -Math.floor(Math.log2(n)));
  const total = n * scale;
  const acc = new CompensatedSum();
  childrenCounts.forEach((child, k) => {
    for (let c = 0; c < classes; c++) {
      const a = child[c]! * scale * total;
      const b = childTotals[k]! * scale * (parentCounts[c]! * scale);
      if (b > 0 || a === 0) acc.add(klTerm(a, b));
    }
  });
  return fromNats(Math.max(0, acc.value() / (total * total)), unit);
}
