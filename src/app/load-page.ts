import type { ComponentType } from 'react';
import type { MDXContent } from 'mdx/types';
import type { Toc } from '@stefanprobst/rehype-extract-toc';
import { lessons, lessonLoaders } from 'virtual:lessons';
import type { LessonEntry } from '../lesson/build/lesson-index';
import { island } from './islands/island';
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
  | { name: 'pq-embed' | 'kl-embed'; search: string; EmbedPage: EmbedPage };

type EmbedPage = ComponentType<{ search: string }>;

/** Widget embeds load their page (and the widget's code) on demand; each is one island. */
const embedPages = {
  'pq-embed': async (): Promise<EmbedPage> =>
    island('PQEmbedPage', (await import('../embed/PQEmbedPage')).PQEmbedPage),
  'kl-embed': async (): Promise<EmbedPage> =>
    island('KLEmbedPage', (await import('../embed/KLEmbedPage')).KLEmbedPage),
};

/** Resolves a URL to a page, loading the lesson's chunk first when it shows one. */
export async function loadPage(pathname: string, search: string, base: string): Promise<Page> {
  const route = matchRoute(
    pathname,
    base,
    lessons.map((l) => l.slug),
  );
  if (route.name === 'pq-embed' || route.name === 'kl-embed') {
    return { name: route.name, search, EmbedPage: await embedPages[route.name]() };
  }
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
