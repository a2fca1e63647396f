import type { Unit } from '../../metrics';

/** Everything the logits-to-loss widget shows; every number on screen is derived from this. */
export interface SoftmaxState {
  /** The student model's logits, one per class, in [-LOGIT_LIMIT, LOGIT_LIMIT]. */
  logits: number[];
  /** One label per class. */
  labels: string[];
  /** The index of the true class. */
  target: number;
  /** Softmax temperature T, in [MIN_TEMPERATURE, MAX_TEMPERATURE]: Q = softmax(logits / T). */
  temperature: number;
  /** Label smoothing: the target is (1 - epsilon) one-hot + epsilon / n. */
  epsilon: number;
  unit: Unit;
  /** Distillation: the teacher's logits (soft targets softmax(teacher / T)); null without one. */
  teacher: number[] | null;
}

export const LOGIT_LIMIT = 8;
export const MIN_CLASSES = 2;
export const MAX_CLASSES = 10;
export const MIN_TEMPERATURE = 0.1;
export const MAX_TEMPERATURE = 10;
export const MAX_SMOOTHING = 0.3;
export const MAX_LABEL_LENGTH = 24;

export const defaultSoftmaxState: SoftmaxState = {
  logits: [2, 1, 0.1],
  labels: ['cat', 'dog', 'bird'],
  target: 0,
  temperature: 1,
  epsilon: 0,
  unit: 'nats',
  teacher: null,
};

/** "class 1", "class 2", ... for logits that come without labels. */
export function defaultClassLabels(n: number): string[] {
  if (n === defaultSoftmaxState.labels.length) return [...defaultSoftmaxState.labels];
  return Array.from({ length: n }, (_, i) => `class ${i + 1}`);
}

/** Keeps a logit inside the range the handles can reach. */
export const clampLogit = (x: number) => Math.min(LOGIT_LIMIT, Math.max(-LOGIT_LIMIT, x));

/** Widget props an author writes in MDX; anything left out takes the default. */
export interface SoftmaxInitialProps {
  logits?: number[];
  labels?: string[];
  target?: number;
  /** Softmax temperature, 0.1 to 10. */
  temperature?: number;
  /** Label smoothing, 0 to 0.3. */
  epsilon?: number;
  unit?: Unit;
  /** A teacher's logits: distillation mode. */
  teacher?: number[];
}

function fail(message: string): never {
  throw new RangeError(`SoftmaxLoss: ${message}`);
}

function checkLogits(name: string, logits: number[]): number[] {
  if (logits.length < MIN_CLASSES || logits.length > MAX_CLASSES) {
    fail(`${name} must have ${MIN_CLASSES} to ${MAX_CLASSES} classes, got ${logits.length}`);
  }
  if (!logits.every((x) => Number.isFinite(x) && Math.abs(x) <= LOGIT_LIMIT)) {
    fail(`${name} must be numbers from -${LOGIT_LIMIT} to ${LOGIT_LIMIT}: [${logits.join(', ')}]`);
  }
  return [...logits];
}

/**
 * The starting state from an author's props. Mistakes throw with a message naming the prop, which
 * fails the build at prerender rather than showing students a broken widget.
 */
export function softmaxStateFromProps(props: SoftmaxInitialProps): SoftmaxState {
  const logits = checkLogits('logits', props.logits ?? defaultSoftmaxState.logits);
  const n = logits.length;
  const teacher = props.teacher ? checkLogits('teacher', props.teacher) : null;
  if (teacher && teacher.length !== n)
    fail(`teacher has ${teacher.length} logits for ${n} classes`);
  const labels = props.labels ?? defaultClassLabels(n);
  if (labels.length !== n) fail(`${labels.length} labels for ${n} classes`);
  const target = props.target ?? 0;
  if (!(Number.isInteger(target) && target >= 0 && target < n)) {
    fail(`target must be a class index from 0 to ${n - 1}, got ${target}`);
  }
  const temperature = props.temperature ?? 1;
  if (!(temperature >= MIN_TEMPERATURE && temperature <= MAX_TEMPERATURE)) {
    fail(`temperature must be from ${MIN_TEMPERATURE} to ${MAX_TEMPERATURE}, got ${temperature}`);
  }
  const epsilon = props.epsilon ?? 0;
  if (!(epsilon >= 0 && epsilon <= MAX_SMOOTHING)) {
    fail(`epsilon must be from 0 to ${MAX_SMOOTHING}, got ${epsilon}`);
  }
  return {
    logits,
    labels: [...labels],
    target,
    temperature,
    epsilon,
    unit: props.unit ?? defaultSoftmaxState.unit,
    teacher,
  };
}
