import { lessons } from 'virtual:lessons';
import { pathOf } from './routes';
import { LessonProgressCount } from '../quiz/LessonProgress';
import { ProgressTools } from '../quiz/ProgressTools';
import { island } from './islands/island';

const LessonProgressCountIsland = island('LessonProgressCount', LessonProgressCount);
const ProgressToolsIsland = island('ProgressTools', ProgressTools);

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
            <p className="lesson-meta">{lesson.minutes} min read</p>
            <LessonProgressCountIsland slug={lesson.slug} questions={lesson.questions} />
          </li>
        ))}
      </ol>
      <ProgressToolsIsland />
    </>
  );
}
