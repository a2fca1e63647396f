import type { Unit } from '../../metrics';

/** Everything the joint-table widget shows; every number on screen is derived from this. */
export interface JointState {
  /** p(x, y): one row per value of X, one column per value of Y, summing to 1. */
  joint: number[][];
  /** One label per value of X (the rows). */
  xLabels: string[];
  /** One label per value of Y (the columns). */
  yLabels: string[];
  unit: Unit;
}

/** Fewest and most values X and Y may each take. */
export const MIN_VALUES = 2;
export const MAX_VALUES = 4;

/** Rain and umbrellas: the example, mostly but not always carried when it rains. */
export const defaultJointState: JointState = {
  joint: [
    [0.3, 0.2],
    [0.1, 0.4],
  ],
  xLabels: ['rain', 'dry'],
  yLabels: ['umbrella', 'none'],
  unit: 'bits',
};

interface Preset {
  name: string;
  joint: number[][];
  xLabels: string[];
  yLabels: string[];
}

/** Starting points students can jump to, from I = 0 up to I = H(X). */
export const jointPresets = [
  {
    name: 'Independent',
    joint: [
      [0.28, 0.12],
      [0.42, 0.18],
    ],
    xLabels: ['heads', 'tails'],
    yLabels: ['red', 'blue'],
  },
  {
    name: 'X = Y',
    joint: [
      [1 / 3, 0, 0],
      [0, 1 / 3, 0],
      [0, 0, 1 / 3],
    ],
    xLabels: ['a', 'b', 'c'],
    yLabels: ['a', 'b', 'c'],
  },
  {
    // A binary symmetric channel flipping 1 bit in 10, with a fair input.
    name: 'Noisy channel',
    joint: [
      [0.45, 0.05],
      [0.05, 0.45],
    ],
    xLabels: ['sent 0', 'sent 1'],
    yLabels: ['got 0', 'got 1'],
  },
  { name: 'Rain and umbrellas', ...defaultJointState },
] as const satisfies ReadonlyArray<Preset>;

/** "x1", "x2", ... (or "y1", ...) for tables that come without labels. */
export function defaultAxisLabels(axis: 'x' | 'y', n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${axis}${i + 1}`);
}

/** Widget props an author writes in MDX; anything left out takes the default. */
export interface JointInitialProps {
  /** p(x, y) as rows; rescaled to sum to 1. */
  joint?: number[][];
  xLabels?: string[];
  yLabels?: string[];
  unit?: Unit;
}

/**
 * The starting state from an author's props. Mistakes throw with a message naming the prop, which
 * fails the build at prerender rather than showing students a broken widget.
 */
export function jointStateFromProps(props: JointInitialProps): JointState {
  const joint = props.joint ?? defaultJointState.joint;
  const rows = joint.length;
  const cols = joint[0]?.length ?? 0;
  const sizeOk = (n: number) => n >= MIN_VALUES && n <= MAX_VALUES;
  if (!sizeOk(rows) || !sizeOk(cols) || joint.some((row) => row.length !== cols)) {
    throw new RangeError(
      `JointTable: joint must be ${MIN_VALUES} to ${MAX_VALUES} rows of ${MIN_VALUES} to ${MAX_VALUES} equal-length columns, got ${JSON.stringify(joint)}`,
    );
  }
  const cells = joint.flat();
  const total = cells.reduce((a, b) => a + b, 0);
  if (!cells.every((x) => Number.isFinite(x) && x >= 0) || !(total > 0)) {
    throw new RangeError(`JointTable: joint must be numbers >= 0, not all 0: ${cells.join(', ')}`);
  }
  const xLabels = props.xLabels ?? defaultAxisLabels('x', rows);
  const yLabels = props.yLabels ?? defaultAxisLabels('y', cols);
  if (xLabels.length !== rows || yLabels.length !== cols) {
    throw new RangeError(
      `JointTable: ${xLabels.length} xLabels and ${yLabels.length} yLabels for a ${rows} x ${cols} table`,
    );
  }
  return {
    joint: joint.map((row) => row.map((x) => x / total)),
    xLabels: [...xLabels],
    yLabels: [...yLabels],
    unit: props.unit ?? defaultJointState.unit,
  };
}
