import { formatProbability } from '../widgets/shared/format';
import type { QuantityParams } from './quantities';
import { drawCounts, drawGaussians, drawJoint, drawVariant } from './seeded';

const none: number[] = [];

/**
 * A seeded question's own parameters, drawn in the shape of the declared ones: a joint table of
 * the same size, children with the same number of classes, two Gaussians, or P (and Q) on as
 * many outcomes. Shared by numeric and choice questions, so one seed means one variant.
 */
export function drawParams(declared: QuantityParams, random: () => number): QuantityParams {
  const { of, unit, joint, split, gaussians, p, q } = declared;
  if (joint) return { of, unit, p: none, joint: drawJoint(random, joint.length, joint[0]!.length) };
  if (split)
    return { of, unit, p: none, split: drawCounts(random, split.length, split[0]!.length) };
  if (gaussians) return { of, unit, p: none, gaussians: drawGaussians(random) };
  return { of, unit, ...drawVariant(random, q !== undefined, p.length) };
}

/** "(0.5, 0.5)". */
const tuple = (d: readonly number[]) => `(${d.map((x) => formatProbability(x, 4)).join(', ')})`;

/** "N(mean 1, sd 0.5)". */
const normal = ({ mu, sigma }: { mu: number; sigma: number }) =>
  `N(mean ${formatProbability(mu, 4).replace('-', '−')}, sd ${formatProbability(sigma, 4)})`;

/** The question's numbers as the prompt states them: "P = (0.5, 0.5), Q = (0.9, 0.1)". */
export function givenNumbers({ p, q, joint, split, gaussians }: QuantityParams): string {
  if (joint) return `p(x, y), one row per value of X: ${joint.map(tuple).join(', ')}`;
  if (split) {
    return split.map((c, k) => `child ${k + 1} has class counts ${tuple(c)}`).join('; ');
  }
  if (gaussians) return `P = ${normal(gaussians.p)}, Q = ${normal(gaussians.q)}`;
  return `P = ${tuple(p)}` + (q ? `, Q = ${tuple(q)}` : '');
}
