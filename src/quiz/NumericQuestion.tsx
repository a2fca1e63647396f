import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { Gaussian, Unit } from '../metrics';
import { formatQuantity } from '../widgets/shared/format';
import { gradeNumeric, type Grade } from './grading';
import { Hints } from './Hints';
import {
  computeQuantity,
  quantitySymbol,
  type QuantityName,
  type QuantityParams,
} from './quantities';
import { QuestionShell } from './QuestionShell';
import { useVariantParams } from './useVariantParams';
import { givenNumbers } from './variant';
import { detectSlip, diagnosisMessage } from './slips';
import { SeedNote } from './SeedNote';
import { useSolved } from './useSolved';
import { WorkedSolution } from './WorkedSolution';
import { questionKey } from './question-key';

export interface NumericQuestionProps {
  /** Stable id, unique in the lesson: progress is stored under `lessonSlug/id`. */
  id: string;
  /**
   * What the answer is: `entropy` of `p`; `crossEntropy`, `klDivergence` or `jsDivergence` of `p`
   * and `q`; `mutualInformation` of `joint`; `informationGain` of a `split`.
   */
  of: QuantityName;
  /** The true distribution P. */
  p?: number[];
  /** The model Q (for cross-entropy and KL). */
  q?: number[];
  /** For `mutualInformation`: p(x, y) as rows (values of X) of columns (values of Y). */
  joint?: number[][];
  /** For `informationGain`: each child's class counts, e.g. `[[4, 1], [2, 3]]`. */
  split?: number[][];
  /** For `gaussianKl`: P and Q, one Gaussian each, e.g. `{ p: { mu: 1, sigma: 1 }, q: { mu: 0, sigma: 2 } }`. */
  gaussians?: { p: Gaussian; q: Gaussian };
  /** Unit the answer is asked in; default `bits`. */
  unit?: Unit;
  /** The answer must round to the key at this many decimals (default 3 unless a tolerance is set). */
  decimals?: number;
  /** Accept answers within this distance of the key. */
  absTol?: number;
  /** Accept answers within this fraction of the key. */
  relTol?: number;
  /** Draw the numbers from the student's seed, in the shape of `p`, `joint`, `split` or `gaussians`; those show until then. */
  seeded?: boolean;
  /** Quantities shown as given in the prompt, computed from the same P and Q. */
  given?: QuantityName[];
  /** Hints, revealed one at a time. */
  hints?: string[];
  /** The prompt. */
  children: ReactNode;
}

const noNumbers: number[] = [];

const invalidMessages = {
  empty: 'Type an answer first.',
  unreadable: "Couldn't read that. Type a number such as 0.25, 3/4 or 1e-3.",
  'out-of-range':
    "Couldn't read that: the number is too large. For an infinite answer, type ∞ or inf.",
  'wrong-unit': '', // filled in with the question's unit
} as const;

/**
 * A question with a typed numeric answer. The key is computed by src/metrics from the declared
 * parameters, so no answer is ever typed into a lesson.
 */
export function NumericQuestion(props: NumericQuestionProps) {
  const { id, of, unit = 'bits', hints = [], given = [], seeded = false, children } = props;
  const { key: progressKey, solved, attempts, record, completedLesson } = useSolved(id);
  const inputId = useId();
  const [grade, setGrade] = useState<Grade>();
  const [showSolution, setShowSolution] = useState(false);

  const { p = noNumbers, q, joint, split, gaussians } = props;
  const declared: QuantityParams = useMemo(
    () => ({ of, p, q, joint, split, gaussians, unit }),
    [of, p, q, joint, split, gaussians, unit],
  );
  const { params, seed } = useVariantParams(declared, seeded, progressKey);

  const { key, solution, shownDecimals } = useMemo(
    () =>
      questionKey(params, { decimals: props.decimals, absTol: props.absTol, relTol: props.relTol }),
    [params, props.decimals, props.absTol, props.relTol],
  );
  const symbol = quantitySymbol[of];

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Read from the field itself: it is uncontrolled, so what a student typed before the
    // question hydrated (a click and quick typing after a jump down the page) is kept, where a
    // controlled field would be reset to React's empty state.
    const answer = String(new FormData(event.currentTarget).get('answer') ?? '');
    const next = gradeNumeric(answer, key);
    setGrade(next);
    if (next.result === 'correct' || next.result === 'incorrect') record(next.result);
  }

  let feedback: ReactNode = '';
  if (grade?.result === 'correct') {
    feedback = `Correct: ${symbol} = ${formatQuantity(key.value, unit, shownDecimals)}.`;
  } else if (grade?.result === 'format') {
    feedback = `Right value: now give it to ${shownDecimals} decimals. This try is free.`;
  } else if (grade?.result === 'invalid') {
    feedback =
      grade.reason === 'wrong-unit'
        ? `This question asks in ${unit}: give the answer in ${unit}. This try is free.`
        : `${invalidMessages[grade.reason ?? 'unreadable']} This try is free.`;
  } else if (grade?.result === 'incorrect') {
    const slip = grade.value === undefined ? undefined : detectSlip(grade.value, params, key);
    feedback = `Not quite. ${slip ? diagnosisMessage(slip, of) : 'Try again.'}`;
  }

  const solutionOffered = grade?.result === 'correct' || attempts >= 2;

  return (
    <QuestionShell
      id={id}
      solved={solved}
      completedLesson={completedLesson}
      result={grade?.result}
      feedback={feedback}
      extra={
        <>
          <Hints hints={hints} />
          {solutionOffered && !showSolution && grade?.result !== 'correct' ? (
            <button type="button" className="quiz-secondary" onClick={() => setShowSolution(true)}>
              Show the worked solution
            </button>
          ) : null}
          {showSolution || grade?.result === 'correct' ? (
            <WorkedSolution tex={solution.tex} />
          ) : null}
        </>
      }
      prompt={
        <>
          {children}
          {/* A seeded variant's numbers change once the student's seed is read (after
              hydration); `data-variant` marks the part that does. */}
          <p className="quiz-given" data-variant={seeded ? '' : undefined}>
            {givenNumbers(params)}
            {given.map(
              (g) =>
                `; ${quantitySymbol[g]} = ${formatQuantity(computeQuantity({ ...params, of: g }), unit, shownDecimals)}`,
            )}
            . Answer in {unit}
            {key.decimals !== undefined ? `, to ${key.decimals} decimals` : null}.
          </p>
          <SeedNote seeded={seeded} seed={seed} />
        </>
      }
    >
      {/* method="dialog": before the quiz's code has arrived, a press of Check (or Enter) does
          nothing, rather than reload the page with ?answer=... and lose what was typed. */}
      <form className="quiz-answer" method="dialog" onSubmit={check} noValidate>
        <label htmlFor={inputId}>Answer</label>
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          name="answer"
        />
        <span className="quiz-unit" aria-hidden="true">
          {unit}
        </span>
        <button type="submit">Check</button>
      </form>
    </QuestionShell>
  );
}
