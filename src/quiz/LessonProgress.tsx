import { useEffect } from 'react';
import { countSolved, progressStore, useProgress } from '../store/progress';
import { recordLastLesson } from '../store/last-lesson';
import { ConfirmButton } from './ConfirmButton';
import { ProgressNotice } from './ProgressNotice';
import './quiz.css';

export interface LessonProgressProps {
  /** The lesson's slug. */
  slug: string;
  /** Its question ids, read from the lesson at build time. */
  questions: readonly string[];
}

/**
 * "k / N solved" for one lesson, live, and the note that the student opened it. N comes from the lesson index, and the stored progress
 * arrives after hydration, so the server and the first client render both say "0 / N".
 */
export function LessonProgress({ slug, questions }: LessonProgressProps) {
  const solved = useProgress((s) => countSolved(s.solved, slug, questions));
  // The home page's "Continue" leads back here. This island hydrates at load on every lesson.
  useEffect(() => recordLastLesson(slug), [slug]);
  if (questions.length === 0) return null;
  const complete = solved === questions.length;
  return (
    <div className="lesson-progress">
      <p role="status" aria-label="Progress" data-progress={slug}>
        {`${solved} / ${questions.length} solved`}
      </p>
      <p role="status" className="lesson-complete">
        {complete ? 'Lesson complete: you solved every question on this page.' : ''}
      </p>
      {solved > 0 ? (
        <ConfirmButton
          label="Reset this lesson"
          question={`Forget the ${solved} solved question${solved === 1 ? '' : 's'} of this lesson?`}
          confirmLabel="Yes, reset"
          onConfirm={() => progressStore.getState().resetLesson(slug)}
        />
      ) : null}
      <ProgressNotice />
    </div>
  );
}

/** The same count for the lesson list: a small bar, the count, and a mark once complete. */
export function LessonProgressCount({ slug, questions }: LessonProgressProps) {
  const solved = useProgress((s) => countSolved(s.solved, slug, questions));
  if (questions.length === 0) return null;
  const complete = solved === questions.length;
  return (
    <div className="lesson-card-progress" data-complete={complete || undefined}>
      {/* The text says it all; the bar is a picture of the same count. */}
      <progress className="progress-bar" value={solved} max={questions.length} aria-hidden="true" />
      <span className="lesson-meta" data-progress={slug}>
        {`${solved} / ${questions.length} solved`}
      </span>
      {complete ? <span className="lesson-card-complete">✓ Complete</span> : null}
    </div>
  );
}
