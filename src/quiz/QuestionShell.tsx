import { questionAnchor } from './question-anchor';
import { useId, type ReactNode } from 'react';
import type { GradeResult } from './grading';
import { LessonCompleteNote } from './LessonCompleteNote';
import './quiz.css';

interface QuestionShellProps {
  /** The question's id: also the `data-question` attribute tests and styles find it by. */
  id: string;
  /** The prompt; it names the question's group. */
  prompt: ReactNode;
  /** Solved now or in an earlier visit. */
  solved: boolean;
  /** The latest grade, or undefined before the first one. */
  result: GradeResult | undefined;
  /** What to tell the student about the latest grade. */
  feedback: ReactNode;
  /** The answer controls, shown above the feedback. */
  children: ReactNode;
  /** Hints and the worked solution, shown below the feedback. */
  extra?: ReactNode;
  /** Solving this question just now completed the lesson: say so here. */
  completedLesson?: boolean;
}

/**
 * The frame every question shares: a group named by its prompt, a "solved" mark, and one
 * status line whose `data-result` says how the latest answer was graded. The status element is
 * always rendered, so screen readers already watch it when the first feedback arrives.
 */
export function QuestionShell({
  id,
  prompt,
  solved,
  result,
  feedback,
  children,
  extra,
  completedLesson = false,
}: QuestionShellProps) {
  const promptId = useId();
  return (
    <div
      role="group"
      aria-labelledby={promptId}
      className="quiz-question"
      data-question={id}
      id={questionAnchor(id)}
    >
      <div className="quiz-head">
        <div id={promptId} className="quiz-prompt">
          {prompt}
        </div>
        {solved ? <span className="quiz-solved">Solved</span> : null}
      </div>
      {children}
      <p role="status" className="quiz-feedback" data-result={result}>
        {feedback}
      </p>
      {completedLesson ? <LessonCompleteNote /> : null}
      {extra}
    </div>
  );
}
