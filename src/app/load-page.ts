import type { ComponentType } from 'react';
import type { MDXContent } from 'mdx/types';
import type { Toc } from '@stefanprobst/rehype-extract-toc';
import { lessons, lessonLoaders } from 'virtual:lessons';
import type { LessonEntry } from '../lesson/build/lesson-index';
import { island } from './islands/island';
import { embedIslandName, islandEntry } from './islands/registry';
import { widgetNamed, type Widget } from '../widgets/registry';
import { matchRoute } from './routes';

/** A lesson with its loaded content. */
export interface LoadedLesson {
  entry: LessonEntry;
  Content: MDXContent;
  toc: Toc;
  embed: boolean;
  /** Alone in a package (an LMS's SCORM package): no links to other lessons, which it lacks. */
  standalone?: boolean;
}

/** Everything a page needs to render synchronously, so server and client render the same. */
export type Page =
  | { name: 'home' }
  | { name: 'formulas' }
  | { name: 'playground' }
  | { name: 'not-found' }
  | { name: 'lesson'; lesson: LoadedLesson }
  /** `search` is the URL's query: the widget's state. Prerendering passes ''. */
  | { name: 'widget-embed'; widget: Widget; search: string; EmbedPage: EmbedPage };

type EmbedPage = ComponentType<{ search: string }>;

/** A widget's embed page loads on demand (with the widget's code), as one island. */
async function embedPageOf(widget: Widget): Promise<EmbedPage> {
  const name = embedIslandName(widget.folder);
  return island(name, (await islandEntry(name).load()) as EmbedPage);
}

/** Resolves a URL to a page, loading the lesson's chunk first when it shows one. */
export async function loadPage(pathname: string, search: string, base: string): Promise<Page> {
  const route = matchRoute(
    pathname,
    base,
    lessons.map((l) => l.slug),
  );
  if (route.name === 'widget-embed') {
    const widget = widgetNamed(route.widget)!;
    return { name: route.name, widget, search, EmbedPage: await embedPageOf(widget) };
  }
  if (route.name === 'playground') {
    // The widgets it shows render with the page (prerendered with search '': the default).
    const { loadShownWidgets } = await import('./playground/Playground');
    await loadShownWidgets(search);
    return route;
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
    case 'formulas':
      return {
        title: 'Formula sheet · Entropic',
        description:
          'Every definition and identity of entropy, cross-entropy and KL divergence the lessons use, on two printable pages.',
      };
    case 'playground':
      return {
        title: 'Playground · Entropic',
        description:
          'Every Entropic widget with all its controls, alone or side by side: set up a state, copy its link or embed it.',
      };
    case 'widget-embed':
      return { title: `${page.widget.title} · Entropic`, description: page.widget.description };
    case 'not-found':
      return {
        title: 'Page not found · Entropic',
        description: 'This page does not exist. The lesson list has everything Entropic teaches.',
      };
  }
}
