import { lessons } from 'virtual:lessons';
import { pathOf } from '../app/routes';

/** Links to the previous and next lesson in `order`, for reading straight through. */
export function LessonNav({ slug, embed }: { slug: string; embed: boolean }) {
  const index = lessons.findIndex((l) => l.slug === slug);
  const prev = lessons[index - 1];
  const next = lessons[index + 1];
  if (!prev && !next) return null;
  const href = (target: string) =>
    pathOf({ name: 'lesson', slug: target, embed }, import.meta.env.BASE_URL);
  return (
    <nav className="lesson-nav" aria-label="Lessons">
      {prev ? (
        <a href={href(prev.slug)} rel="prev" className="lesson-nav-prev">
          <span className="lesson-nav-dir">Previous</span> {prev.title}
        </a>
      ) : null}
      {next ? (
        <a href={href(next.slug)} rel="next" className="lesson-nav-next">
          <span className="lesson-nav-dir">Next</span> {next.title}
        </a>
      ) : null}
    </nav>
  );
}
