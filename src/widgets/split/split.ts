import { entropy, informationGain, normalize, type Unit } from '../../metrics';
import { MAX_CLASSES, type SplitState } from './state';

/** Class counts of one group of samples, one entry per class. */
export type Counts = number[];

/** How many classes the samples use: 2, or 3 when any sample is of class 2. */
export function classCount(y: readonly number[]): number {
  return Math.max(2, Math.min(MAX_CLASSES, Math.max(...y) + 1));
}

/** Class counts of the parent and of each side: left takes the samples with x < threshold. */
export function splitCounts(state: Pick<SplitState, 'x' | 'y' | 'threshold'>) {
  const k = classCount(state.y);
  const parent: Counts = Array.from({ length: k }, () => 0);
  const left = [...parent];
  const right = [...parent];
  state.x.forEach((x, i) => {
    const c = state.y[i]!;
    parent[c]!++;
    (x < state.threshold ? left : right)[c]!++;
  });
  return { parent, left, right };
}

const total = (counts: Counts) => counts.reduce((a, b) => a + b, 0);

/** The entropy of a group's class mix; an empty group has none to resolve (0). */
export function groupEntropy(counts: Counts, unit: Unit): number {
  return total(counts) > 0 ? entropy(normalize(counts), unit) : 0;
}

/** The numbers the split widget shows; every one from src/metrics. */
export interface SplitMetrics {
  parent: Counts;
  left: Counts;
  right: Counts;
  parentEntropy: number;
  leftEntropy: number;
  rightEntropy: number;
  informationGain: number;
}

const cache = new WeakMap<SplitState, SplitMetrics>();

/** Derives the readout from a state, once per state (states are replaced on every change). */
export function splitMetrics(state: SplitState): SplitMetrics {
  const cached = cache.get(state);
  if (cached) return cached;
  const { parent, left, right } = splitCounts(state);
  const metrics: SplitMetrics = {
    parent,
    left,
    right,
    parentEntropy: groupEntropy(parent, state.unit),
    leftEntropy: groupEntropy(left, state.unit),
    rightEntropy: groupEntropy(right, state.unit),
    informationGain: informationGain(parent, [left, right], state.unit),
  };
  cache.set(state, metrics);
  return metrics;
}

/** Every threshold worth trying: midway between neighbouring distinct feature values. */
export function candidateThresholds(x: readonly number[]): number[] {
  const sorted = [...new Set(x)].sort((a, b) => a - b);
  return sorted.slice(1).map((v, i) => (sorted[i]! + v) / 2);
}

/**
 * The threshold with the largest information gain, and that gain in nats; the leftmost of equal
 * best gains (gains within 1e-12 count as equal, so rounding does not pick among ties).
 */
export function bestThreshold(state: Pick<SplitState, 'x' | 'y'>): {
  threshold: number;
  gain: number;
} {
  let best = { threshold: NaN, gain: -Infinity };
  for (const threshold of candidateThresholds(state.x)) {
    const { parent, left, right } = splitCounts({ ...state, threshold });
    const gain = informationGain(parent, [left, right]);
    if (gain > best.gain + 1e-12) best = { threshold, gain };
  }
  return best;
}

/** The range the threshold slider covers, with a step that suits the data's spread. */
export function thresholdRange(x: readonly number[]) {
  const lo = Math.min(...x);
  const hi = Math.max(...x);
  const step = 10 ** Math.floor(Math.log10(Math.max(hi - lo, 1e-9) / 20));
  const pad = 5 * step;
  const round = (v: number) => Number(v.toFixed(Math.max(0, -Math.log10(step)) + 2));
  return { min: round(lo - pad), max: round(hi + pad), step, bigStep: 10 * step };
}
