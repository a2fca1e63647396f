/**
 * Compensated summation (Neumaier's improvement of Kahan's algorithm: A. Neumaier,
 * "Rundungsfehleranalyse einiger Verfahren zur Summation endlicher Summen", ZAMM 54, 1974). A
 * running error term keeps the result within a couple of ulps of the exact sum whatever n is, where
 * naive summation of 10^6 terms drifts by ~1e-14 relative — too much for the 1e-10 promise on
 * million-outcome distributions.
 *
 * The million-term loops (validation, entropy, the divergences) write the same step on two local
 * variables instead of calling `add`:
 *   const t = s + x; c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s; s = t;
 * because V8 keeps an object's floating-point fields boxed on the heap, which made those loops two
 * to three times slower. Everything else uses this class.
 *
 * Addends must be finite: an infinite addend turns the error term into NaN, so callers detect
 * infinite terms themselves (e.g. q(x) = 0 in a cross-entropy) and return early.
 */
export class CompensatedSum {
  constructor(
    private sum = 0,
    private compensation = 0,
  ) {}

  add(x: number): void {
    const t = this.sum + x;
    // Whichever operand is larger in magnitude, recover the low-order bits the addition lost.
    this.compensation += Math.abs(this.sum) >= Math.abs(x) ? this.sum - t + x : x - t + this.sum;
    this.sum = t;
  }

  value(): number {
    return this.sum + this.compensation;
  }

  /**
   * this - other without first rounding either total: for two totals near 1 the sums subtract
   * exactly and the result keeps the compensations' extra digits, ~1e-25 absolute.
   */
  minus(other: CompensatedSum): number {
    return this.sum - other.sum + (this.compensation - other.compensation);
  }
}

/** Compensated sum of finite values. */
export function sum(values: ArrayLike<number>): number {
  let s = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const x = values[i]!;
    const t = s + x;
    c += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
    s = t;
  }
  return s + c;
}
