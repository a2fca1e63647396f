import { lessons } from 'virtual:lessons';
import { pathOf } from './routes';
import { LessonProgressCount } from '../quiz/LessonProgress';
import { ProgressTools } from '../quiz/ProgressTools';
import { island } from './islands/island';

const LessonProgressCountIsland = island('LessonProgressCount', LessonProgressCount);
const ProgressToolsIsland = island('ProgressTools', ProgressTools);

/** "lessons 1 and 2": the lessons to read first, by number, as the list shows them. */
function prerequisiteNames(slugs: readonly string[]): string {
  // The build has checked that every prerequisite is a lesson.
  const numbers = slugs.map((slug) => lessons.find((l) => l.slug === slug)!.order);
  const list =
    numbers.length === 1
      ? String(numbers[0])
      : `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
  return `${numbers.length === 1 ? 'lesson' : 'lessons'} ${list}`;
}

/** The lesson list, in reading order. */
export function HomePage() {
  return (
    <>
      <section className="hero">
        <h1>Entropy, cross-entropy and KL divergence, by touching them</h1>
        <p>
          Short lessons with distributions you can drag. Change a probability and watch the
          uncertainty, the coding cost and the mismatch between a model and the truth move with it.
        </p>
      </section>
      <h2 className="list-title">Lessons</h2>
      <ol className="lesson-list">
        {lessons.map((lesson) => (
          <li key={lesson.slug} className="lesson-card">
            <p className="eyebrow">Lesson {lesson.order}</p>
            <h3>
              <a
                href={pathOf(
                  { name: 'lesson', slug: lesson.slug, embed: false },
                  import.meta.env.BASE_URL,
                )}
              >
                {lesson.title}
              </a>
            </h3>
            <p>{lesson.summary}</p>
            <p className="lesson-meta">
              {lesson.minutes} min read
              {lesson.prerequisites.length > 0 ? (
                <> · after {prerequisiteNames(lesson.prerequisites)}</>
              ) : null}
            </p>
            <LessonProgressCountIsland slug={lesson.slug} questions={lesson.questions} />
          </li>
        ))}
      </ol>
      <p className="home-formulas">
        Every formula on one page:{' '}
        <a href={pathOf({ name: 'formulas' }, import.meta.env.BASE_URL)}>the formula sheet</a>.
      </p>
      <ProgressToolsIsland />
    </>
  );
}
