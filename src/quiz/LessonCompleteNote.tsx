import { useLesson } from './lesson-context';

/**
 * Said beside the question that completed the lesson, where the student's eyes are, with the
 * way on to the next lesson.
 */
export function LessonCompleteNote() {
  const next = useLesson()?.next;
  return (
    <p className="quiz-lesson-complete">
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
