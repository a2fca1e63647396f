import { crossEntropyTerms, klTerms, type Unit } from '../metrics';
import { computeQuantity, type QuantityName, type QuantityParams } from './quantities';
import { prob, workedParts } from './worked-parts';

/**
 * A numeric question's worked solution, built so that every line is arithmetically true as
 * printed: intermediate values carry extra digits, enough that adding them up as shown and
 * rounding gives the key. Students who add or subtract values they rounded themselves (as the
 * hints and the prompt's given values invite) reach a number one unit off in the last place; the
 * key accepts those too (`alternatives`).
 */
export interface WorkedSolution {
  tex: string;
  /** Each sum the solution prints, as the signed addends it shows ("1.75385", "-1.48548"). */
  sums: string[][];
  /** Answers a correct method reaches from intermediate values rounded to the asked decimals. */
  alternatives: number[];
}

const logOf = (unit: Unit) => (unit === 'bits' ? '\\log_2' : '\\ln');

const roundTo = (x: number, decimals: number) => Math.round(x * 10 ** decimals) / 10 ** decimals;

/** Integer units of 10^-from rounded to units of 10^-to, halves away from zero as students round. */
function roundUnits(units: number, from: number, to: number): number {
  return Math.sign(units) * Math.floor(Math.abs(units) / 10 ** (from - to) + 0.5);
}

/**
 * The addends as printed at `digits` decimals, and their exact sum, done in integer units of the
 * last digit so that "0.07600 + 1.66096 = 1.73696" holds digit for digit. `answer` is that sum
 * rounded to `decimals`; `rounded` is the sum a student gets by rounding each printed addend to
 * `decimals` first.
 */
function printedSum(values: readonly number[], digits: number, decimals: number) {
  const units = values.map((v) => Math.round(v * 10 ** digits));
  const total = units.reduce((a, b) => a + b, 0);
  const show = (u: number) => (u / 10 ** digits).toFixed(digits);
  const roundedUnits = units.map((u) => roundUnits(u, digits, decimals));
  return {
    addends: units.map(show),
    sum: show(total),
    answer: roundUnits(total, digits, decimals) / 10 ** decimals,
    rounded: roundedUnits.reduce((a, b) => a + b, 0) / 10 ** decimals,
  };
}

/**
 * The fewest extra digits (at least two) at which the printed sum still rounds to the true
 * total at `decimals`, so the final "≈" step never changes the answer.
 */
function stepDigits(values: readonly number[], total: number, decimals: number): number {
  for (let digits = decimals + 2; digits < decimals + 8; digits++) {
    if (printedSum(values, digits, decimals).answer === roundTo(total, decimals)) return digits;
  }
  return decimals + 8;
}

/** "a + b - c" from signed printed addends. */
function joinAddends(addends: readonly string[]): string {
  return addends
    .map((a, i) => (i === 0 ? a : a.startsWith('-') ? ` - ${a.slice(1)}` : ` + ${a}`))
    .join('');
}

/** The identity H(P,Q) = H(P) + D(P||Q), solved for the quantity asked, as signed parts. */
const identityParts: Partial<Record<QuantityName, [QuantityName, 1 | -1][]>> = {
  entropy: [
    ['crossEntropy', 1],
    ['klDivergence', -1],
  ],
  crossEntropy: [
    ['entropy', 1],
    ['klDivergence', 1],
  ],
  klDivergence: [
    ['crossEntropy', 1],
    ['entropy', -1],
  ],
};

/** Each outcome's term of the asked quantity (outcomes with p(x) = 0 left out). */
function termValues(params: QuantityParams): number[] {
  const p = [...params.p];
  const q = [...(params.q ?? [])];
  const terms =
    params.of === 'entropy'
      ? crossEntropyTerms(p, p, params.unit)
      : params.of === 'crossEntropy'
        ? crossEntropyTerms(p, q, params.unit)
        : klTerms(p, q, params.unit);
  return Array.from(terms).filter((_, i) => p[i]! > 0);
}

/** The definition, then the question's numbers substituted term by term: two aligned lines. */
function substituted(params: QuantityParams): string[] {
  const L = logOf(params.unit);
  const q = params.q ?? [];
  const outcomes = params.p.flatMap((px, i) =>
    px > 0 ? [{ px: prob(px), qx: prob(q[i] ?? 0) }] : [],
  );
  switch (params.of) {
    case 'entropy':
      return [
        `H(P) &= -\\sum_x p(x) ${L} p(x)`,
        `&= -\\left(${outcomes.map((o) => `${o.px} ${L} ${o.px}`).join(' + ')}\\right)`,
      ];
    case 'crossEntropy':
      return [
        `H(P,Q) &= -\\sum_x p(x) ${L} q(x)`,
        `&= -\\left(${outcomes.map((o) => `${o.px} ${L} ${o.qx}`).join(' + ')}\\right)`,
      ];
    case 'klDivergence':
      return [
        `D(P\\|Q) &= \\sum_x p(x) ${L} \\frac{p(x)}{q(x)}`,
        `&= ${outcomes.map((o) => `${o.px} ${L} \\frac{${o.px}}{${o.qx}}`).join(' + ')}`,
      ];
    default:
      // The other quantities are sums of entropies (worked-parts.ts).
      return [];
  }
}

const aligned = (lines: string[]) => `\\begin{aligned} ${lines.join(' \\\\ ')} \\end{aligned}`;

/**
 * The worked solution of a numeric question: the definition, the terms evaluated and added up,
 * and, for the KL divergence, the same result through H(P,Q) - H(P). `decimals` is what the
 * question asks for.
 */
export function workedSolution(params: QuantityParams, decimals = 3): WorkedSolution {
  const total = computeQuantity(params);
  const unitText = `\\text{ ${params.unit}}`;
  const parts = workedParts(params);
  const lines = parts?.lines ?? substituted(params);
  const sums: string[][] = [];
  const alternatives = new Set<number>();
  const roundedSum = (values: number[]) =>
    roundTo(
      values.reduce((a, v) => a + roundTo(v, decimals), 0),
      decimals,
    );
  /** Prints a sum of values at safe digits and records what rounding each part gives. */
  const printSum = (values: number[]) => {
    const printed = printedSum(values, stepDigits(values, total, decimals), decimals);
    sums.push(printed.addends);
    alternatives.add(roundedSum(values)).add(printed.rounded);
    const written =
      printed.addends.length > 1 ? `${joinAddends(printed.addends)} = ${printed.sum}` : printed.sum;
    return `${written} \\approx ${total.toFixed(decimals)}${unitText}`;
  };
  const identity = (of: QuantityName) =>
    (identityParts[of] ?? []).map(
      ([part, sign]) => sign * computeQuantity({ ...params, of: part }),
    );

  if (!Number.isFinite(total)) {
    // A term is infinite: no arithmetic to show, and no rounding to forgive.
    lines.push(`&= \\infty${unitText}`);
    return { tex: aligned(lines), sums, alternatives: [] };
  }
  lines.push(`&= ${printSum(parts?.values ?? termValues(params))}`);
  if (params.of === 'klDivergence') {
    lines.push(`\\text{or } D(P\\|Q) &= H(P,Q) - H(P) = ${printSum(identity('klDivergence'))}`);
  } else if (params.q && identityParts[params.of]) {
    // The identity read the other way, for a student who was given or computed the parts.
    const parts = identity(params.of);
    if (parts.every(Number.isFinite)) alternatives.add(roundedSum(parts));
  }
  return { tex: aligned(lines), sums, alternatives: [...alternatives] };
}
