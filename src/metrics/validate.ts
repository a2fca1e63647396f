import { CompensatedSum } from './sum';
import type { Distribution, Gaussian, Mixture } from './types';

/**
 * Input checks shared by every public function. All failures are RangeErrors whose message names
 * the offending value and where it sits, e.g.
 * `invalid probability at index 2: -0.1; must be a finite number >= 0`, so a lesson author sees at
 * once which slider or table cell produced it.
 */

/** How far from 1 (absolute, i.e. relative to 1) probabilities or mixture weights may sum. */
export const SUM_TOLERANCE = 1e-9;

/** Throws the module's RangeError: `invalid <what>: <value>; must <requirement>`. */
export function invalid(what: string, value: unknown, requirement: string): never {
  throw new RangeError(`invalid ${what}: ${String(value)}; must ${requirement}`);
}

/** Throws unless `x` is a finite number >= 0. */
export function checkNonNegative(x: number, what: string): void {
  // Written as a negated comparison so that NaN fails too.
  if (!(x >= 0 && x < Infinity)) invalid(what, x, 'be a finite number >= 0');
}

/** Throws unless `x` is a finite number > 0. */
export function checkPositive(x: number, what: string): void {
  if (!(x > 0 && x < Infinity)) invalid(what, x, 'be a finite number > 0');
}

/** Throws unless `x` is finite (any sign). */
export function checkFinite(x: number, what: string): void {
  if (!Number.isFinite(x)) invalid(what, x, 'be a finite number');
}

/** Throws unless the list has at least one entry. */
export function checkNonEmpty(values: ArrayLike<unknown>, what: string): void {
  if (values.length === 0) invalid(what, '(empty)', 'be non-empty');
}

/**
 * Throws unless every entry is a finite number >= 0, naming the first bad one as
 * `<what> at index i`; returns the entries' compensated total (summed inline, see sum.ts).
 * The loop only notes where it stopped and the error is raised after it: with the throw inside,
 * V8 inlined the message formatting into the loop and ran the whole check 2.5 times slower.
 */
export function checkNonNegativeEntries(values: ArrayLike<number>, what: string): CompensatedSum {
  let s = 0;
  let c = 0;
  let i = 0;
  for (; i < values.length; i++) {
    const x = values[i]!;
    if (!(x >= 0 && x < Infinity)) break;
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  if (i < values.length) invalid(`${what} at index ${i}`, values[i], 'be a finite number >= 0');
  return new CompensatedSum(s, c);
}

/** Throws unless a (compensated) total of probabilities or weights is 1 within SUM_TOLERANCE. */
export function checkSumsToOne(total: number, what: string): void {
  if (!(Math.abs(total - 1) <= SUM_TOLERANCE)) {
    invalid(what, total, `be 1 (within ${SUM_TOLERANCE}); normalize() rescales raw weights`);
  }
}

/**
 * Throws unless `p` is a non-empty vector of finite probabilities >= 0 summing to 1, and returns
 * its compensated total. `name` ('p', 'q') tells functions of two distributions which one is bad.
 */
export function checkDistribution(p: Distribution, name?: string): CompensatedSum {
  const of = name === undefined ? '' : ` in ${name}`;
  checkNonEmpty(p, `distribution${name === undefined ? '' : ` ${name}`}`);
  const total = checkNonNegativeEntries(p, `probability${of}`);
  checkSumsToOne(total.value(), `sum of probabilities${of}`);
  return total;
}

/** Throws unless q has as many outcomes as p. */
export function checkSameLength(p: Distribution, q: Distribution): void {
  if (p.length !== q.length) invalid('length of q', q.length, `be the length of p (${p.length})`);
}

/**
 * Throws unless `joint` is a non-empty rectangular table of probabilities summing to 1, and returns
 * the compensated total of its cells.
 */
export function checkJoint(joint: ArrayLike<number>[]): CompensatedSum {
  checkNonEmpty(joint, 'joint distribution');
  const cols = joint[0]!.length;
  checkNonEmpty(joint[0]!, 'joint distribution row 0');
  const total = new CompensatedSum();
  for (let i = 0; i < joint.length; i++) {
    const row = joint[i]!;
    if (row.length !== cols)
      invalid(`length of joint row ${i}`, row.length, `be ${cols} like row 0`);
    for (let j = 0; j < cols; j++) {
      const pij = row[j]!;
      if (!(pij >= 0 && pij < Infinity)) {
        invalid(`probability at index [${i}][${j}]`, pij, 'be a finite number >= 0');
      }
      total.add(pij);
    }
  }
  checkSumsToOne(total.value(), 'sum of joint probabilities');
  return total;
}

/** Throws unless `g` has a finite mean and a finite standard deviation > 0. */
export function checkGaussian(g: Gaussian, what: string): void {
  checkFinite(g.mu, `mu of ${what}`);
  checkPositive(g.sigma, `sigma of ${what}`);
}

/** Throws unless `m` is a non-empty list of valid components whose weights sum to 1. */
export function checkMixture(m: Mixture): void {
  checkNonEmpty(m, 'mixture');
  const total = new CompensatedSum();
  for (let i = 0; i < m.length; i++) {
    const c = m[i]!;
    checkNonNegative(c.weight, `weight of mixture component at index ${i}`);
    checkGaussian(c, `mixture component at index ${i}`);
    total.add(c.weight);
  }
  checkSumsToOne(total.value(), 'sum of mixture weights');
}
