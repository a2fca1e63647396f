import { lessons } from 'virtual:lessons';
import { pathOf } from './routes';
import { LessonProgressCount } from '../quiz/LessonProgress';
import { ProgressTools } from '../quiz/ProgressTools';
import { island } from './islands/island';
import { ContinueReading, type ContinueLesson } from './ContinueReading';
import PQBars from '../lesson/components/PQBars';

const LessonProgressCountIsland = island('LessonProgressCount', LessonProgressCount);
const ProgressToolsIsland = island('ProgressTools', ProgressTools);
const ContinueReadingIsland = island('ContinueReading', ContinueReading);
// A `near` island: its code arrives only at the visitor's first scroll, key or touch (or a press
// on it), so the home page's byte budget pays nothing for it before then.
const PQBarsIsland = island('PQBars', PQBars);

const base = import.meta.env.BASE_URL;
const lessonHref = (slug: string) => pathOf({ name: 'lesson', slug, embed: false }, base);

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

const continueLessons: ContinueLesson[] = lessons.map(({ slug, title, questions }) => ({
  slug,
  title,
  href: lessonHref(slug),
  questions,
}));

/** What the site is, a way back to where the student stopped, something to drag, the path. */
export function HomePage() {
  return (
    <>
      <section className="hero">
        <h1>Entropy, cross-entropy and KL divergence, by touching them</h1>
        <p>
          Entropic is a path of short lessons for machine-learning students in which you drag
          probability distributions and watch uncertainty, coding cost and the mismatch between a
          model and the truth move with them.
        </p>
        <ContinueReadingIsland lessons={continueLessons} />
      </section>
      <section className="home-try" aria-labelledby="home-try-title">
        <h2 id="home-try-title" className="list-title">
          Try it: drag a bar
        </h2>
        <p>
          The bars are a distribution P over four outcomes: drag one, or use the arrow keys on it.
          Spread the mass evenly and the entropy H(P) climbs to its largest value; pile it all on
          one outcome and it drops to zero.
        </p>
        <PQBarsIsland
          id="home"
          p={[0.55, 0.25, 0.15, 0.05]}
          labels={['A', 'B', 'C', 'D']}
          showQ={false}
          controls={['presets']}
        />
      </section>
      <h2 className="list-title">The lesson path</h2>
      <ol className="lesson-list">
        {lessons.map((lesson) => (
          <li key={lesson.slug} className="lesson-card">
            <p className="eyebrow">Lesson {lesson.order}</p>
            <h3>
              <a href={lessonHref(lesson.slug)}>{lesson.title}</a>
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
        <a href={pathOf({ name: 'formulas' }, base)}>the formula sheet</a>. Every widget with all
        its controls: <a href={pathOf({ name: 'playground' }, base)}>the playground</a>.
      </p>
      <ProgressToolsIsland />
    </>
  );
}
