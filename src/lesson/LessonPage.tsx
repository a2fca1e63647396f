import type { LoadedLesson } from '../app/load-page';
import { LessonNav, lessonNeighbours } from './LessonNav';
import { TableOfContents } from './TableOfContents';
import { LessonProgress } from '../quiz/LessonProgress';
import { LessonContext } from '../quiz/lesson-context';
import { island } from '../app/islands/island';
import { LessonEmbedButton } from '../embed/LessonEmbedButton';

const LessonProgressIsland = island('LessonProgress', LessonProgress);
const LessonEmbedButtonIsland = island('LessonEmbedButton', LessonEmbedButton);

/** A lesson: its header, table of contents, MDX body and links to its neighbours. */
export function LessonPage({ lesson }: { lesson: LoadedLesson }) {
  const { entry, Content, toc, embed } = lesson;
  const context = {
    slug: entry.slug,
    questions: entry.questions,
    next: lessonNeighbours(entry.slug, embed).next,
  };
  return (
    <article className="lesson">
      <header className="lesson-header">
        <p className="eyebrow">Lesson {entry.order}</p>
        <h1>{entry.title}</h1>
        <p className="lesson-summary">{entry.summary}</p>
        <p className="lesson-meta">
          {entry.minutes} min read
          {embed ? null : (
            <>
              {' · '}
              <LessonEmbedButtonIsland slug={entry.slug} title={entry.title} />
            </>
          )}
        </p>
        <LessonProgressIsland slug={entry.slug} questions={entry.questions} />
      </header>
      {embed ? null : <TableOfContents toc={toc} />}
      <div className="lesson-body">
        {/* Questions in the body store their progress under this lesson's slug. */}
        <LessonContext value={context}>
          <Content />
        </LessonContext>
      </div>
      <LessonNav slug={entry.slug} embed={embed} />
    </article>
  );
}
