import { formatQuantity } from '../widgets/shared/format';
import {
  computeQuantity,
  quantitySymbol,
  swapRoles,
  type QuantityName,
  type QuantityParams,
} from './quantities';
import { workedSolution } from './worked-solution';

import type { ComparisonOutcome } from './grade-choice';

/** Which side of a comparison is larger, or neither at the decimals shown. */
export type Comparison = ComparisonOutcome;

/** One side of a comparison: a quantity of the question's numbers, with P and Q swapped if asked. */
export interface ComparedSide {
  of: QuantityName;
  /** Exchange P and Q first: `{ of: 'klDivergence', swap: true }` is D(Q‖P). */
  swap?: boolean;
}

/** Two quantities of one question's numbers, e.g. D(P‖Q) against D(Q‖P). */
export interface ComparedPair {
  left: ComparedSide;
  right: ComparedSide;
}

/** The parameters one side is computed from. */
export function sideParams(params: QuantityParams, side: ComparedSide): QuantityParams {
  const of = { ...params, of: side.of };
  return side.swap ? swapRoles(of) : of;
}

/** "D(Q‖P)" for a swapped KL side: the symbol with P and Q exchanged. */
export function sideSymbol(side: ComparedSide): string {
  const symbol = quantitySymbol[side.of];
  return side.swap ? symbol.replace(/[PQ]/g, (c) => (c === 'P' ? 'Q' : 'P')) : symbol;
}

/**
 * Which side is larger. Values that print alike at `decimals` count as equal (a symmetric pair
 * gives D(P‖Q) = D(Q‖P) up to rounding), so the key never hangs on a digit the student cannot
 * see; an infinite side is larger than any finite one.
 */
export function compareSides(
  params: QuantityParams,
  pair: ComparedPair,
  decimals = 3,
): { outcome: Comparison; left: number; right: number } {
  const left = computeQuantity(sideParams(params, pair.left));
  const right = computeQuantity(sideParams(params, pair.right));
  const same =
    left === right ||
    (Number.isFinite(left) &&
      Number.isFinite(right) &&
      left.toFixed(decimals) === right.toFixed(decimals));
  return { outcome: same ? 'equal' : left > right ? 'left' : 'right', left, right };
}

const other: Record<string, string> = { P: 'Q', Q: 'P', p: 'q', q: 'p' };

/**
 * A worked solution's TeX with P and Q exchanged in its symbols (D(P\|Q), H(P,Q), p(x)), for a
 * side computed with the roles swapped: its numbers are already in the swapped places.
 */
export function swapSymbols(tex: string): string {
  return tex
    .replace(/\b([pq])(?=\(x\))/g, (c) => other[c]!)
    .replace(/(?<=[(,|])([PQ])(?=[,)\\])/g, (c) => other[c]!);
}

/**
 * The worked solution of a comparison: each side worked out as a numeric question's would be,
 * then the verdict, with the numbers as the solution printed them.
 */
export function comparisonSolution(params: QuantityParams, pair: ComparedPair, decimals = 3) {
  const { outcome, left, right } = compareSides(params, pair, decimals);
  const [a, b] = [sideSymbol(pair.left), sideSymbol(pair.right)];
  const value = (x: number) => formatQuantity(x, params.unit, decimals);
  const verdict =
    outcome === 'equal'
      ? `${a} = ${value(left)} and ${b} = ${value(right)}: equal at ${decimals} decimals.`
      : `${a} = ${value(left)} and ${b} = ${value(right)}, so ${outcome === 'left' ? a : b} is the larger.`;
  return {
    outcome,
    steps: [pair.left, pair.right].map((side) => {
      const tex = workedSolution(sideParams(params, side), decimals).tex;
      return side.swap ? swapSymbols(tex) : tex;
    }),
    verdict,
  };
}
