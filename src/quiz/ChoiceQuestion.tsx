import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { GradeResult } from './grading';
import { gradeChoice, type ChoiceOption, type TypesetText } from './grade-choice';
import { plainTextOf, RichText } from './RichText';
import { Hints } from './Hints';
import { QuestionShell } from './QuestionShell';
import { useSolved } from './useSolved';

export interface ChoiceQuestionProps {
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
  children,
}: ChoiceQuestionProps) {
  const { solved, record, completedLesson } = useSolved(id);
  const name = useId();
  const [chosen, setChosen] = useState<Set<number>>(new Set());
  const [result, setResult] = useState<GradeResult>();
  const [graded, setGraded] = useState<Set<number>>(new Set());

  function toggle(i: number, on: boolean) {
    const next = multiple ? new Set(chosen) : new Set<number>();
    if (on) next.add(i);
    else next.delete(i);
    setChosen(next);
  }

  function check(event: FormEvent) {
    event.preventDefault();
    const next = gradeChoice(options, chosen);
    setResult(next);
    setGraded(new Set(chosen));
    if (next !== 'invalid') record(next);
  }

  // What the options chosen at the last check say; with several chosen, each note names its
  // option.
  const notes = [...graded].flatMap((i) => {
    const o = options[i];
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
      extra={<Hints hints={hints} />}
      prompt={
        <>
          {children}
          {multiple ? <p className="quiz-given">Choose every answer that applies.</p> : null}
        </>
      }
    >
      <form className="quiz-choices" onSubmit={check}>
        {options.map((option, i) => (
          <label key={plainTextOf(option.label)} className="quiz-choice">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              name={name}
              checked={chosen.has(i)}
              onChange={(event) => toggle(i, event.target.checked)}
            />
            <RichText value={option.label} />
          </label>
        ))}
        <button type="submit">Check</button>
      </form>
    </QuestionShell>
  );
}
