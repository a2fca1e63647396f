import type { Gaussian, Mixture, Unit } from '../../metrics';
import type { SliderRange } from '../shared/slider-keys';

/** Which divergence the integrand, the highlighted landscape and "Descend" use. */
export type Direction = 'forward' | 'reverse';

/** Everything the KL explorer shows; all numbers on screen are derived from this. */
export interface KLState {
  /** The truth P: a Gaussian mixture whose weights sum to 1. */
  p: Mixture;
  /** The model Q, one Gaussian. */
  q: Gaussian;
  unit: Unit;
  direction: Direction;
}

/** Q's mean and every P mean live on the plotted x range, so nothing can be dragged off it. */
export const MU_RANGE: SliderRange = { min: -6, max: 6, step: 0.05, bigStep: 0.5 };
/** Q's standard deviation: below 0.2 the curve is a spike narrower than a pixel column. */
export const SIGMA_RANGE: SliderRange = { min: 0.2, max: 5, step: 0.01, bigStep: 0.1 };
/** P's component widths: narrower than Q's range so the landscape's optima stay on the map. */
export const P_SIGMA_RANGE: SliderRange = { min: 0.2, max: 3, step: 0.05, bigStep: 0.5 };
export const WEIGHT_RANGE: SliderRange = { min: 0, max: 1, step: 0.01, bigStep: 0.1 };
export const MAX_COMPONENTS = 4;

export const defaultKLState: KLState = {
  p: [
    { weight: 0.5, mu: -2.2, sigma: 0.7 },
    { weight: 0.5, mu: 2.2, sigma: 0.7 },
  ],
  q: { mu: 0, sigma: 1.5 },
  unit: 'nats',
  direction: 'forward',
};

/** Truths students can jump to; each shows a different side of the two directions. */
export const presets = [
  { name: 'Symmetric pair', p: defaultKLState.p },
  {
    name: 'Lopsided',
    p: [
      { weight: 0.75, mu: -2, sigma: 0.8 },
      { weight: 0.25, mu: 2.5, sigma: 0.6 },
    ],
  },
  {
    name: 'Far apart',
    p: [
      { weight: 0.5, mu: -4, sigma: 0.6 },
      { weight: 0.5, mu: 4, sigma: 0.6 },
    ],
  },
  {
    name: 'Overlapping',
    p: [
      { weight: 0.5, mu: -1, sigma: 1 },
      { weight: 0.5, mu: 1, sigma: 1 },
    ],
  },
] as const satisfies ReadonlyArray<{ name: string; p: Mixture }>;

/** Panels an author can show or hide. */
export const panelNames = ['integrand', 'landscape', 'editor'] as const;
export type PanelName = (typeof panelNames)[number];

/** Widget props an author writes in MDX; anything left out takes the default. */
export interface KLInitialProps {
  /** The truth P, e.g. `[{ weight: 0.5, mu: -2.2, sigma: 0.7 }, ...]`; weights are rescaled. */
  mixture?: Mixture;
  /** The starting model Q, e.g. `{ mu: 0, sigma: 1.5 }`. */
  q?: Gaussian;
  unit?: Unit;
  direction?: Direction;
}

export function clamp(x: number, range: { min: number; max: number }): number {
  return Math.min(range.max, Math.max(range.min, x));
}

function within(name: string, x: number, range: { min: number; max: number }): number {
  if (!(x >= range.min && x <= range.max)) {
    throw new RangeError(
      `KLExplorer: ${name} must be between ${range.min} and ${range.max}, got ${x}`,
    );
  }
  return x;
}

/** Rescales weights to sum to 1; throws naming the first bad component. */
export function checkedMixture(
  m: readonly { weight: number; mu: number; sigma: number }[],
): Mixture {
  if (m.length < 1 || m.length > MAX_COMPONENTS) {
    throw new RangeError(
      `KLExplorer: mixture must have 1 to ${MAX_COMPONENTS} components, got ${m.length}`,
    );
  }
  m.forEach((c, i) => {
    if (!(c.weight >= 0 && c.weight < Infinity)) {
      throw new RangeError(
        `KLExplorer: weight of component ${i + 1} must be >= 0, got ${c.weight}`,
      );
    }
    within(`mu of component ${i + 1}`, c.mu, MU_RANGE);
    within(`sigma of component ${i + 1}`, c.sigma, P_SIGMA_RANGE);
  });
  const total = m.reduce((a, c) => a + c.weight, 0);
  if (!(total > 0)) throw new RangeError('KLExplorer: mixture weights cannot all be 0');
  return m.map((c) => ({ weight: c.weight / total, mu: c.mu, sigma: c.sigma }));
}

/**
 * The starting state from an author's props. Mistakes throw with a message naming the prop,
 * which fails the build at prerender rather than showing students a broken widget.
 */
export function klStateFromProps(props: KLInitialProps): KLState {
  const p = checkedMixture(props.mixture ?? defaultKLState.p);
  const q = props.q ?? defaultKLState.q;
  return {
    p,
    q: { mu: within('q.mu', q.mu, MU_RANGE), sigma: within('q.sigma', q.sigma, SIGMA_RANGE) },
    unit: props.unit ?? defaultKLState.unit,
    direction: props.direction ?? defaultKLState.direction,
  };
}
