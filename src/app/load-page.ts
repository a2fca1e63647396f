import type { MDXContent } from 'mdx/types';
import type { Toc } from '@stefanprobst/rehype-extract-toc';
import { lessons, lessonLoaders } from 'virtual:lessons';
import type { LessonEntry } from '../lesson/build/lesson-index';
import { matchRoute } from './routes';

/** A lesson with its loaded content. */
export interface LoadedLesson {
  entry: LessonEntry;
  Content: MDXContent;
  toc: Toc;
  embed: boolean;
}

/** Everything a page needs to render synchronously, so server and client render the same. */
export type Page =
  | { name: 'home' }
  | { name: 'not-found' }
  | { name: 'lesson'; lesson: LoadedLesson }
  /** `search` is the URL's query: the widget's state. Prerendering passes ''. */
  | { name: 'pq-embed'; search: string }
  | { name: 'kl-embed'; search: string };

/** Resolves a URL to a page, loading the lesson's chunk first when it shows one. */
export async function loadPage(pathname: string, search: string, base: string): Promise<Page> {
  const route = matchRoute(
    pathname,
    base,
    lessons.map((l) => l.slug),
  );
  if (route.name === 'pq-embed') return { name: 'pq-embed', search };
  if (route.name === 'kl-embed') return { name: 'kl-embed', search };
  if (route.name !== 'lesson') return route;
  const entry = lessons.find((l) => l.slug === route.slug)!;
  const module = await lessonLoaders[route.slug]!();
  return {
    name: 'lesson',
    lesson: { entry, Content: module.default, toc: module.tableOfContents, embed: route.embed },
  };
}

/** The `<title>` and meta description of a page. */
export function headOf(page: Page): { title: string; description: string } {
  switch (page.name) {
    case 'home':
      return {
        title: 'Entropic: entropy, cross-entropy and KL divergence, by touching them',
        description:
          'Interactive lessons on entropy, cross-entropy and KL divergence: drag distributions and watch the numbers move.',
      };
    case 'lesson':
      return {
        title: `${page.lesson.entry.title} · Entropic`,
        description: page.lesson.entry.summary,
      };
    case 'pq-embed':
      return {
        title: 'P and Q bars · Entropic',
        description:
          'Drag the bars of a true distribution P and a model Q and watch entropy, cross-entropy and KL divergence move.',
      };
    case 'kl-embed':
      return {
        title: 'Forward and reverse KL explorer · Entropic',
        description:
          'Fit one Gaussian to a two-bump mixture and compare forward and reverse KL divergence: mass-covering versus mode-seeking.',
      };
    case 'not-found':
      return {
        title: 'Page not found · Entropic',
        description: 'This page does not exist. The lesson list has everything Entropic teaches.',
      };
  }
}

/**
 * Whether the prerendered HTML shows what this page renders. A widget embed with settings in
 * its URL does not (the prerender used the defaults), so it is rendered afresh, not hydrated.
 */
export function matchesPrerender(page: Page): boolean {
  return !((page.name === 'pq-embed' || page.name === 'kl-embed') && page.search !== '');
}
