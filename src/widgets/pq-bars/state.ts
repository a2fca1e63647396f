import type { Unit } from '../../metrics';

/** Everything the P/Q widget shows; all numbers on screen are derived from this. */
export interface PQState {
  /** The true distribution P. */
  p: number[];
  /** The model Q, as the student set it (before smoothing). */
  q: number[];
  /** One label per outcome. */
  labels: string[];
  unit: Unit;
  /** P's bars ignore drags and keys. */
  lockP: boolean;
  /**
   * Smoothing of the model (not label smoothing, which smooths the target): the readout uses
   * (1 - epsilon) Q + epsilon / n. From 0 to MAX_EPSILON.
   */
  epsilon: number;
  /** False for P alone (a lesson on entropy): no Q chart, and the readout shows H(P) only. */
  showQ: boolean;
}

export const MAX_EPSILON = 0.2;

export const defaultPQState: PQState = {
  p: [0.5, 0.5],
  q: [0.7, 0.3],
  labels: ['heads', 'tails'],
  unit: 'bits',
  lockP: false,
  epsilon: 0,
  showQ: true,
};

/** "outcome 1", "outcome 2", ... for distributions that come without labels. */
export function defaultLabels(n: number): string[] {
  if (n === 2) return [...defaultPQState.labels];
  return Array.from({ length: n }, (_, i) => `outcome ${i + 1}`);
}

/** Starting points students can jump to. */
export const presets = [
  { name: 'Fair coin vs biased model', p: [0.5, 0.5], q: [0.9, 0.1], labels: ['heads', 'tails'] },
  {
    name: 'One-hot label vs prediction',
    p: [1, 0, 0],
    q: [0.7, 0.2, 0.1],
    labels: ['cat', 'dog', 'bird'],
  },
  {
    name: 'Uniform vs peaked',
    p: [0.25, 0.25, 0.25, 0.25],
    q: [0.7, 0.1, 0.1, 0.1],
    labels: ['A', 'B', 'C', 'D'],
  },
  { name: 'Identical', p: [0.6, 0.3, 0.1], q: [0.6, 0.3, 0.1], labels: ['sun', 'cloud', 'rain'] },
] as const satisfies ReadonlyArray<Preset>;

/** Starting points for P alone (Q is then made uniform, out of sight). */
export const entropyPresets = [
  { name: 'Fair coin', p: [0.5, 0.5], labels: ['heads', 'tails'] },
  { name: 'Coin (0.99, 0.01)', p: [0.99, 0.01], labels: ['heads', 'tails'] },
  {
    name: 'Uniform over 8',
    p: Array.from({ length: 8 }, () => 1 / 8),
    labels: ['1', '2', '3', '4', '5', '6', '7', '8'],
  },
  { name: 'Certain', p: [1, 0, 0], labels: ['sun', 'cloud', 'rain'] },
] satisfies ReadonlyArray<Omit<Preset, 'q'>>;

interface Preset {
  name: string;
  p: number[];
  q: number[];
  labels: string[];
}

/** The presets a widget offers: P against Q, or P alone. */
export function presetsFor(showQ: boolean): ReadonlyArray<Omit<Preset, 'q'> & { q?: number[] }> {
  return showQ ? presets : entropyPresets;
}

/** The label to show for outcome i; a label cleared while editing falls back to its number. */
export function labelOf(labels: readonly string[], i: number): string {
  return labels[i]?.trim() || `outcome ${i + 1}`;
}

/** Widget props an author writes in MDX; anything left out takes the default. */
export interface PQInitialProps {
  p?: number[];
  q?: number[];
  labels?: string[];
  unit?: Unit;
  lockP?: boolean;
  epsilon?: number;
  /** Set to false to show P alone, with its entropy. */
  showQ?: boolean;
}

function checkWeights(name: string, w: number[]): number[] {
  if (w.length < 2 || w.length > 10) {
    throw new RangeError(`PQBars: ${name} must have 2 to 10 outcomes, got ${w.length}`);
  }
  const total = w.reduce((a, b) => a + b, 0);
  if (!w.every((x) => Number.isFinite(x) && x >= 0) || !(total > 0)) {
    throw new RangeError(
      `PQBars: ${name} must be non-negative numbers, not all 0: [${w.join(', ')}]`,
    );
  }
  return w.map((x) => x / total);
}

function checkFlag(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  if (typeof value !== 'boolean') {
    // showQ="false" in MDX is a string, and a truthy one: say so instead of showing Q.
    throw new RangeError(
      `PQBars: ${name} must be true or false in braces, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/**
 * The starting state from an author's props. Mistakes throw with a message naming the prop,
 * which fails the build at prerender rather than showing students a broken widget.
 */
export function pqStateFromProps(props: PQInitialProps): PQState {
  const p = checkWeights('p', props.p ?? (props.q ? props.q.map(() => 1) : defaultPQState.p));
  const q = checkWeights('q', props.q ?? (props.p ? props.p.map(() => 1) : defaultPQState.q));
  if (p.length !== q.length) {
    throw new RangeError(`PQBars: p has ${p.length} outcomes but q has ${q.length}`);
  }
  const labels = props.labels ?? defaultLabels(p.length);
  if (labels.length !== p.length) {
    throw new RangeError(`PQBars: ${labels.length} labels for ${p.length} outcomes`);
  }
  const epsilon = props.epsilon ?? 0;
  if (!(epsilon >= 0 && epsilon <= MAX_EPSILON)) {
    throw new RangeError(`PQBars: epsilon must be between 0 and ${MAX_EPSILON}, got ${epsilon}`);
  }
  return {
    p,
    q,
    labels,
    unit: props.unit ?? defaultPQState.unit,
    lockP: checkFlag('lockP', props.lockP, false),
    epsilon,
    showQ: checkFlag('showQ', props.showQ, true),
  };
}
