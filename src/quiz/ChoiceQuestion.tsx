import { useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { ComparedPair } from './comparison';
import type { GradeResult } from './grading';
import { gradeChoice, resolveOptions, type ChoiceOption, type TypesetText } from './grade-choice';
import { plainTextOf, RichText } from './RichText';
import { Hints } from './Hints';
import { QuestionShell } from './QuestionShell';
import { SeedNote } from './SeedNote';
import { useComparison, type ComparedNumbers } from './useComparison';
import { useSolved } from './useSolved';
import { givenNumbers } from './variant';
import { WorkedSolution } from './WorkedSolution';

export interface ChoiceQuestionProps extends ComparedNumbers {
  /** Stable id, unique in the lesson: progress is stored under `lessonSlug/id`. */
  id: string;
  /** The options, in the order shown. */
  options: ChoiceOption[];
  /** Several options may be right: checkboxes instead of radio buttons. */
  multiple?: boolean;
  /** Hints, revealed one at a time. */
  hints?: string[];
  /** Shown once the question is answered right. */
  explanation?: string;
  /**
   * Compare two quantities of `p` and `q` (or `gaussians`), e.g.
   * `{ left: { of: 'klDivergence' }, right: { of: 'klDivergence', swap: true } }` for D(P‖Q)
   * against D(Q‖P): options with `when: 'left' | 'right' | 'equal'` are then right exactly when
   * that side is larger (or neither), and a worked solution computes both. `p`, `q`,
   * `gaussians` and `unit` (default bits) are the numbers; `seeded` draws the student's own.
   */
  compare?: ComparedPair;
  /** With `compare`: draw the numbers from the student's seed, in the shape of the declared ones. */
  seeded?: boolean;
  /** The prompt. */
  children: ReactNode;
}

/** Feedback starts a sentence; authors' plain strings may not (typeset text is left as written). */
function capitalised(text: string | TypesetText): string | TypesetText {
  return typeof text === 'string' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** A multiple-choice question with one or several right answers and feedback per option. */
export function ChoiceQuestion({
  id,
  options,
  multiple = false,
  hints = [],
  explanation,
  compare,
  seeded = false,
  children,
  ...numbers
}: ChoiceQuestionProps) {
  const { key, solved, attempts, record, completedLesson } = useSolved(id);
  const { params, seed, solution } = useComparison(compare, numbers, seeded, key);
  const outcome = solution?.outcome;
  const resolved = useMemo(() => resolveOptions(options, outcome), [options, outcome]);
  const [showSolution, setShowSolution] = useState(false);
  const name = useId();
  const [result, setResult] = useState<GradeResult>();
  const [graded, setGraded] = useState<Set<number>>(new Set());

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Read from the options themselves: they are uncontrolled, so a pick made before the
    // question hydrated stays picked (React would reset a controlled one to its empty state).
    const chosen = new Set(new FormData(event.currentTarget).getAll(name).map(Number));
    const next = gradeChoice(resolved, chosen);
    setResult(next);
    setGraded(chosen);
    if (next !== 'invalid') record(next);
  }

  // What the options chosen at the last check say; with several chosen, each note names its
  // option.
  const notes = [...graded].flatMap((i) => {
    const o = resolved[i];
    if (!o?.feedback) return [];
    return [
      <span key={i}>
        {' '}
        {multiple ? (
          <>
            “<RichText value={o.label} />”{' '}
          </>
        ) : null}
        <RichText value={capitalised(o.feedback)} />
      </span>,
    ];
  });
  const feedback =
    result === 'invalid' ? (
      'Choose an answer first.'
    ) : result === 'correct' ? (
      <>
        Correct.{notes}
        {explanation ? ` ${explanation}` : null}
      </>
    ) : result === 'incorrect' ? (
      <>
        Not quite.{notes} {multiple ? 'Check every option that applies.' : 'Try again.'}
      </>
    ) : (
      ''
    );

  return (
    <QuestionShell
      id={id}
      solved={solved}
      completedLesson={completedLesson}
      result={result}
      feedback={feedback}
      extra={
        <>
          <Hints hints={hints} />
          {solution && attempts >= 2 && !showSolution && result !== 'correct' ? (
            <button type="button" className="quiz-secondary" onClick={() => setShowSolution(true)}>
              Show the worked solution
            </button>
          ) : null}
          {solution && (showSolution || result === 'correct') ? (
            <WorkedSolution
              tex={`\\begin{gathered} ${solution.steps.join(' \\\\[1ex] ')} \\end{gathered}`}
              note={solution.verdict}
            />
          ) : null}
        </>
      }
      prompt={
        <>
          {children}
          {compare ? (
            // A seeded variant's numbers change once the student's seed is read (after
            // hydration); `data-variant` marks the part that does.
            <p className="quiz-given" data-variant={seeded ? '' : undefined}>
              {givenNumbers(params)}.
            </p>
          ) : null}
          <SeedNote seeded={seeded && compare !== undefined} seed={seed} />
          {multiple ? <p className="quiz-given">Choose every answer that applies.</p> : null}
        </>
      }
    >
      {/* method="dialog": inert before the quiz's code has arrived (see NumericQuestion). */}
      <form className="quiz-choices" method="dialog" onSubmit={check}>
        {options.map((option, i) => (
          <label key={plainTextOf(option.label)} className="quiz-choice">
            <input type={multiple ? 'checkbox' : 'radio'} name={name} value={i} />
            <RichText value={option.label} />
          </label>
        ))}
        <button type="submit">Check</button>
      </form>
    </QuestionShell>
  );
}
