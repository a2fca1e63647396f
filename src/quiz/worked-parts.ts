import { entropy, jointEntropy, klDivergence, marginals, normalize } from '../metrics';
import { parentCounts, type QuantityParams } from './quantities';

/** A probability as written in a formula: 0.5, 0.05, 1/3 shown as 0.3333. */
export function prob(x: number): string {
  return String(Number(x.toFixed(4)));
}

const tuple = (d: ArrayLike<number>) => `(${Array.from(d, prob).join(', ')})`;

/**
 * The worked solution of the quantities built from entropies (lesson 6): the definition, the
 * question's numbers in it, and the parts whose sum is the answer (printed and added by
 * worked-solution.ts, so every line holds digit for digit).
 */
export interface WorkedParts {
  lines: string[];
  values: number[];
}

/** Parts for mutual information, information gain and the Jensen-Shannon divergence. */
export function workedParts(params: QuantityParams): WorkedParts | undefined {
  const { unit } = params;
  switch (params.of) {
    case 'mutualInformation': {
      const joint = (params.joint ?? []).map((row) => [...row]);
      const { px, py } = marginals(joint);
      return {
        lines: [
          `I(X;Y) &= H(X) + H(Y) - H(X,Y)`,
          `&\\text{with } P(X) = ${tuple(px)},\\ P(Y) = ${tuple(py)}`,
        ],
        values: [entropy(px, unit), entropy(py, unit), -jointEntropy(joint, unit)],
      };
    }
    case 'informationGain': {
      const children = (params.split ?? []).map((child) => [...child]);
      const parent = parentCounts(children);
      const n = parent.reduce((a, b) => a + b, 0);
      const used = children.filter((child) => child.some((c) => c > 0));
      const h = (counts: number[]) => entropy(normalize(counts), unit);
      const size = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
      return {
        lines: [
          `\\mathrm{IG} &= H(\\text{parent}) - \\textstyle\\sum_k \\frac{n_k}{n} H(\\text{child}_k)`,
          `&= H${tuple(normalize(parent))} ${used.map((c) => `- \\tfrac{${size(c)}}{${n}} H${tuple(normalize(c))}`).join(' ')}`,
        ],
        values: [h(parent), ...used.map((c) => (-size(c) / n) * h(c))],
      };
    }
    case 'jsDivergence': {
      const p = [...params.p];
      const q = [...(params.q ?? [])];
      const m = p.map((x, i) => (x + q[i]!) / 2);
      return {
        lines: [
          `\\mathrm{JS}(P,Q) &= \\tfrac12 D(P\\|M) + \\tfrac12 D(Q\\|M)`,
          `&\\text{with } M = \\tfrac12 (P + Q) = ${tuple(m)}`,
        ],
        values: [klDivergence(p, m, unit) / 2, klDivergence(q, m, unit) / 2],
      };
    }
    default:
      return undefined;
  }
}
