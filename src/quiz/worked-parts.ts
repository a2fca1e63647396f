import { entropy, fromNats, jointEntropy, klDivergence, marginals, normalize } from '../metrics';
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

/** A number inside a formula, in parentheses when negative: "1 - (-0.5)". */
const term = (x: number) => (x < 0 ? `(${prob(x)})` : prob(x));

/**
 * Parts for mutual information, information gain, the Jensen-Shannon divergence and the KL
 * divergence between two Gaussians.
 */
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
    case 'gaussianKl': {
      const { p, q } = params.gaussians ?? {
        p: { mu: NaN, sigma: NaN },
        q: { mu: NaN, sigma: NaN },
      };
      // The closed form's three terms, in nats (Cover & Thomas, ch. 8, for the Gaussian case).
      const nats = [
        Math.log(q.sigma / p.sigma),
        (p.sigma ** 2 + (p.mu - q.mu) ** 2) / (2 * q.sigma ** 2),
        -0.5,
      ];
      const lines = [
        `D(P\\|Q) &= \\ln \\frac{s_2}{s_1} + \\frac{s_1^2 + (m_1 - m_2)^2}{2 s_2^2} - \\frac12`,
        `&= \\ln \\frac{${prob(q.sigma)}}{${prob(p.sigma)}} + \\frac{${prob(p.sigma)}^2 + (${prob(p.mu)} - ${term(q.mu)})^2}{2 \\cdot ${prob(q.sigma)}^2} - \\frac12`,
      ];
      if (unit === 'bits') lines.push(`&\\text{in nats; divided by } \\ln 2 \\text{ for bits:}`);
      return { lines, values: nats.map((v) => fromNats(v, unit)) };
    }
    default:
      return undefined;
  }
}
