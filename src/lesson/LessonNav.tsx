import { lessons } from 'virtual:lessons';
import { pathOf } from '../app/routes';

type Neighbour = { title: string; href: string } | undefined;

/** The lessons before and after `slug` in `order`, linked in the same mode (site or embed). */
export function lessonNeighbours(
  slug: string,
  embed: boolean,
): { prev: Neighbour; next: Neighbour } {
  const index = lessons.findIndex((l) => l.slug === slug);
  const link = (lesson: (typeof lessons)[number] | undefined): Neighbour =>
    lesson && {
      title: lesson.title,
      href: pathOf({ name: 'lesson', slug: lesson.slug, embed }, import.meta.env.BASE_URL),
    };
  return { prev: link(lessons[index - 1]), next: link(lessons[index + 1]) };
}

/** Links to the previous and next lesson in `order`, for reading straight through. */
export function LessonNav({ slug, embed }: { slug: string; embed: boolean }) {
  const { prev, next } = lessonNeighbours(slug, embed);
  if (!prev && !next) return null;
  return (
    <nav className="lesson-nav" aria-label="Lessons">
      {prev ? (
        <a href={prev.href} rel="prev" className="lesson-nav-prev">
          <span className="lesson-nav-dir">Previous</span> {prev.title}
        </a>
      ) : null}
      {next ? (
        <a href={next.href} rel="next" className="lesson-nav-next">
          <span className="lesson-nav-dir">Next</span> {next.title}
        </a>
      ) : null}
    </nav>
  );
}
