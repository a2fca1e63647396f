import {
  crossEntropyFromLogits,
  entropy,
  entropyWithLogFloor,
  klFromLogits,
  smoothedOneHot,
  softmax,
} from '../metrics';

/**
 * The numbers a code lens prints in its comments, computed by src/metrics when the page is
 * prerendered from the same props the page's widgets and prose use, so the code's "# 0.4170" can
 * never disagree with the page. Each example names the `__placeholders__` its code may use.
 */
export interface CodeLensNumbers {
  logits?: number[];
  target?: number;
  teacher?: number[];
  temperature?: number;
  p?: number[];
  epsilon?: number;
}

/** Python's f"{x:.4f}". */
const fixed = (x: number, digits: number) => x.toFixed(digits);
/** Python's f"{x:.2e}": the exponent has a sign and at least two digits (3.00e-07). */
function pyExp(x: number, digits: number): string {
  const [mantissa, exponent] = x.toExponential(digits).split('e') as [string, string];
  const sign = exponent.startsWith('-') ? '-' : '+';
  return `${mantissa}e${sign}${exponent.replace(/^[-+]/, '').padStart(2, '0')}`;
}

/** A Python float literal: 2 as 2.0, 0.1 as 0.1. */
const pyFloat = (x: number) => (Number.isInteger(x) ? x.toFixed(1) : String(x));
/** A Python list of floats, as the code writes the lens's numbers: [2.0, 1.0, 0.1]. */
const pyList = (xs: readonly number[]) => `[${xs.map(pyFloat).join(', ')}]`;

function need<T>(value: T | undefined, name: string, example: string): T {
  if (value === undefined) throw new RangeError(`the ${example} code lens needs a ${name} prop`);
  return value;
}

export const codeLensExamples = {
  /** F.cross_entropy takes logits; softmax first applies softmax twice. */
  logitLoss(props: CodeLensNumbers) {
    const logits = need(props.logits, 'logits', 'logitLoss');
    const target = smoothedOneHot(logits.length, props.target ?? 0, 0);
    return {
      logits: pyList(logits),
      target: String(props.target ?? 0),
      loss: fixed(crossEntropyFromLogits(target, logits), 4),
      doubleSoftmax: fixed(crossEntropyFromLogits(target, softmax(logits)), 4),
    };
  },
  /** F.kl_div(input=log q, target=p) is D(p || q); swapped arguments give D(q || p). */
  klDiv(props: CodeLensNumbers) {
    const teacher = need(props.teacher, 'teacher', 'klDiv');
    const student = need(props.logits, 'logits', 'klDiv');
    const temperature = props.temperature ?? 1;
    const kl = klFromLogits(teacher, student, { temperature });
    return {
      teacher: pyList(teacher),
      student: pyList(student),
      T: pyFloat(temperature),
      n: String(teacher.length),
      kl: fixed(kl, 4),
      swapped: fixed(klFromLogits(student, teacher, { temperature }), 4),
      // reduction="mean" averages over every element, batch times classes: D / n for a batch of 1.
      mean: fixed(kl / teacher.length, 4),
      scaled: fixed(temperature * temperature * kl, 4),
    };
  },
  /** -(p * log(p + eps)).sum() against the exact entropy, and the size of the difference. */
  logEpsilon(props: CodeLensNumbers) {
    const p = need(props.p, 'p', 'logEpsilon');
    const epsilon = need(props.epsilon, 'epsilon', 'logEpsilon');
    const exact = entropy(p);
    const floored = entropyWithLogFloor(p, epsilon);
    return {
      p: pyList(p),
      epsilon: String(epsilon),
      exact: fixed(exact, 10),
      floored: fixed(floored, 10),
      error: pyExp(exact - floored, 2),
    };
  },
} satisfies Record<string, (props: CodeLensNumbers) => Record<string, string>>;

export type CodeLensExample = keyof typeof codeLensExamples;

/** The example's values, or a RangeError naming what is wrong (the build reports it). */
export function codeLensValues(example: string, props: CodeLensNumbers): Record<string, string> {
  if (!Object.hasOwn(codeLensExamples, example)) {
    throw new RangeError(
      `unknown code lens example "${example}"; use one of ${Object.keys(codeLensExamples).join(', ')}`,
    );
  }
  return codeLensExamples[example as CodeLensExample](props);
}
