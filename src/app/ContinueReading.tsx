import { progressKey, useProgress } from '../store/progress';
import { readLastLesson } from '../store/read-last-lesson';
import { questionAnchor } from '../quiz/question-anchor';

/** What the home page knows of each lesson, for "Continue". */
export interface ContinueLesson {
  slug: string;
  title: string;
  /** The lesson page's URL (under the site's base). */
  href: string;
  questions: readonly string[];
}

/**
 * The home page's way back: the last lesson the student opened and, once they have solved some
 * but not all of its questions, its first unsolved one. The prerender (and a first visit, or
 * storage that is blocked or corrupt) offers the first lesson instead, in the same one line,
 * so the page does not shift when stored progress arrives. Kept small: it is in the chrome's
 * chunk (an island of its own costs more on the home page, whose byte budget is the tightest,
 * in its chunk's imports and the entry's preload map than its own code).
 */
export function ContinueReading({ lessons }: { lessons: readonly ContinueLesson[] }) {
  const solved = useProgress((s) => (s.hydrated ? s.solved : undefined));
  const last = solved && lessons.find((l) => l.slug === readLastLesson());
  if (!last) {
    const first = lessons[0]!;
    return (
      <p className="continue">
        <a href={first.href}>Start with lesson 1: {first.title}</a>
      </p>
    );
  }
  const done = (id: string) => progressKey(last.slug, id) in solved;
  const open = last.questions.find((id) => !done(id));
  return (
    <p className="continue">
      Continue where you left off:{' '}
      <a
        href={
          open && last.questions.some(done) ? `${last.href}#${questionAnchor(open)}` : last.href
        }
      >
        {last.title}
      </a>
    </p>
  );
}
