import { useEffect, useRef } from 'react';
import { useLesson } from './lesson-context';

/**
 * Said beside the question that completed the lesson, where the student's eyes are, with the
 * way on to the next lesson. It appears below the feedback, so it scrolls itself into view.
 */
export function LessonCompleteNote() {
  const next = useLesson()?.next;
  const note = useRef<HTMLParagraphElement>(null);
  useEffect(() => note.current?.scrollIntoView({ block: 'nearest' }), []);
  return (
    <p className="quiz-lesson-complete" ref={note}>
      <strong>Lesson complete:</strong> you solved every question on this page.{' '}
      {next ? (
        <>
          Next: <a href={next.href}>{next.title}</a>
        </>
      ) : (
        'That was the last lesson.'
      )}
    </p>
  );
}
