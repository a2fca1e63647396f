import type { Mixture, MixtureComponent } from '../../metrics';
import { clamp, MU_RANGE, P_SIGMA_RANGE, WEIGHT_RANGE } from './state';

/**
 * Sets component i's weight to v and rescales the others to fill the rest, keeping their
 * ratios (equal shares if they were all 0). A single component always weighs 1.
 */
export function setWeight(p: Mixture, i: number, v: number): Mixture {
  if (p.length === 1) return p;
  const w = clamp(v, WEIGHT_RANGE);
  const others = p.reduce((a, c, k) => (k === i ? a : a + c.weight), 0);
  return p.map((c, k) => ({
    ...c,
    weight: k === i ? w : others > 0 ? (c.weight / others) * (1 - w) : (1 - w) / (p.length - 1),
  }));
}

/** Moves or widens component i, kept inside the ranges the plot and the landscape show. */
export function setShape(
  p: Mixture,
  i: number,
  change: Partial<Pick<MixtureComponent, 'mu' | 'sigma'>>,
): Mixture {
  return p.map((c, k) =>
    k === i
      ? {
          ...c,
          mu: clamp(change.mu ?? c.mu, MU_RANGE),
          sigma: clamp(change.sigma ?? c.sigma, P_SIGMA_RANGE),
        }
      : c,
  );
}
