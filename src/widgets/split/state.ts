import type { Unit } from '../../metrics';

/** Everything the split widget shows: labelled samples on one feature axis and a threshold. */
export interface SplitState {
  /** Each sample's feature value. */
  x: number[];
  /** Each sample's class: 0, 1 or 2. */
  y: number[];
  /** Samples with x below it go left, the others right. */
  threshold: number;
  unit: Unit;
}

/** Most samples a widget shows (and a link may ask for). */
export const MAX_SAMPLES = 200;
/** Classes the widget draws: each has its own colour and shape. */
export const MAX_CLASSES = 3;

/** The brief's example: 6 of class 0 and 4 of class 1, split between 5 and 6 (gain 0.1245 bits). */
export const defaultSplitState: SplitState = {
  x: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
  y: [0, 0, 0, 0, 1, 0, 0, 1, 1, 1],
  threshold: 5.5,
  unit: 'bits',
};

/** Widget props an author writes in MDX; anything left out takes the default. */
export interface SplitInitialProps {
  x?: number[];
  y?: number[];
  threshold?: number;
  unit?: Unit;
}

/** Why a set of samples cannot be shown, or undefined if it can. */
export function samplesProblem(x: readonly number[], y: readonly number[]): string | undefined {
  if (x.length < 2 || x.length > MAX_SAMPLES) return `it needs 2 to ${MAX_SAMPLES} samples`;
  if (y.length !== x.length) return `there are ${x.length} values but ${y.length} classes`;
  if (!x.every(Number.isFinite)) return 'every value must be a finite number';
  if (!y.every((c) => Number.isInteger(c) && c >= 0 && c < MAX_CLASSES)) {
    return `classes must be 0 to ${MAX_CLASSES - 1}`;
  }
  return undefined;
}

/**
 * The starting state from an author's props; mistakes throw with a message naming the prop,
 * which fails the build rather than showing students a broken widget.
 */
export function splitStateFromProps(props: SplitInitialProps): SplitState {
  const x = props.x ?? defaultSplitState.x;
  const y = props.y ?? defaultSplitState.y;
  const problem = samplesProblem(x, y);
  if (problem) throw new RangeError(`SplitGain: x and y: ${problem}`);
  const threshold = props.threshold ?? defaultSplitState.threshold;
  if (!Number.isFinite(threshold)) {
    throw new RangeError(`SplitGain: threshold must be a number, got ${threshold}`);
  }
  return { x: [...x], y: [...y], threshold, unit: props.unit ?? defaultSplitState.unit };
}
