import { StrictMode } from 'react';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { lessons } from 'virtual:lessons';
import { App } from './App';
import { resetPQWidgets } from '../store/pq-widgets';
import { resetKLWidgets } from '../store/kl-widgets';
import { jointWidgets } from '../widgets/joint/store';
import { splitWidgets } from '../widgets/split/store';
import { softmaxWidgets } from '../widgets/softmax/store';
import { tokenLossWidgets } from '../widgets/perplexity/store';
import { headOf, loadPage } from './load-page';
import { takeIslandsUsed } from './islands/islands-used';
import { islandEntry } from './islands/registry';
import { pathOf, type Route } from './routes';
import { widgetNamed, widgets } from '../widgets/registry';
import { parsePlaygroundSearch } from './playground/playground-url';
import { LESSON_MIN_HEIGHT, type EmbedPageInfo } from '../embed/host/embed-pages';
import { provideTypeset } from '../widgets/shared/typeset';
import { katexTypeset } from '../widgets/shared/katex-typeset';

// Live formulas are typeset here, at build time; the browser only updates their numbers.
provideTypeset(katexTypeset);

/** Every route the static site has, as URL paths under `base`. */
export function routePaths(base: string): string[] {
  const routes: Route[] = [
    { name: 'home' },
    { name: 'formulas' },
    { name: 'playground' },
    ...lessons.flatMap((l): Route[] => [
      { name: 'lesson', slug: l.slug, embed: false },
      { name: 'lesson', slug: l.slug, embed: true },
    ]),
    ...widgets.map((widget): Route => ({ name: 'widget-embed', widget: widget.name })),
    { name: 'not-found' },
  ];
  return routes.map((route) => pathOf(route, base));
}

/** Each embed page's title and starting height, by path under the site, for embed.js. */
export function embedPages(): Record<string, EmbedPageInfo> {
  const pages: [Route, EmbedPageInfo][] = [
    ...lessons.map((l): [Route, EmbedPageInfo] => [
      { name: 'lesson', slug: l.slug, embed: true },
      { title: l.title, minHeight: LESSON_MIN_HEIGHT },
    ]),
    ...widgets.map(({ name, title, minHeight }): [Route, EmbedPageInfo] => [
      { name: 'widget-embed', widget: name },
      { title, minHeight },
    ]),
  ];
  return Object.fromEntries(pages.map(([route, info]) => [pathOf(route, ''), info]));
}

/** Each lesson's slug, title and question ids, for its LMS packages. */
export function packageLessons() {
  return lessons.map(({ slug, title, questions }) => ({ slug, title, questions }));
}

/** A lesson's page alone, as an LMS package's launch page shows it (paths under `/`). */
export function renderPackagePage(slug: string) {
  return render(pathOf({ name: 'lesson', slug, embed: true }, '/'), '/', { standalone: true });
}

export { buildManifest, checkManifest } from '../lms/manifest';
export { launchMeta } from '../lms/launch-meta';
export { encodeSuspendData } from '../lms/suspend-data';
export { packageFile, packageVersions } from '../lms/package-paths';

/**
 * Renders one path: body HTML, head tags, and its islands' source modules (whose CSS the page
 * links, and whose JS it preloads when they hydrate at load).
 */
export async function render(pathname: string, base: string, { standalone = false } = {}) {
  // Widget state is per page: a widget id reused in another lesson starts from its own props.
  resetPQWidgets();
  resetKLWidgets();
  jointWidgets.reset();
  splitWidgets.reset();
  softmaxWidgets.reset();
  tokenLossWidgets.reset();
  const page = await loadPage(pathname, '', base);
  if (standalone && page.name === 'lesson') page.lesson.standalone = true;
  const html = renderToString(
    <StrictMode>
      <App page={page} />
    </StrictMode>,
  );
  const { title, description } = headOf(page);
  const embed = (page.name === 'lesson' && page.lesson.embed) || page.name === 'widget-embed';
  // React escapes the text; embeds are copies of lessons, so search engines should skip them.
  const headHtml = renderToStaticMarkup(
    <>
      <title>{title}</title>
      <meta name="description" content={description} />
      {embed ? <meta name="robots" content="noindex" /> : null}
    </>,
  );
  // The playground's widgets render inside its island: their styles are linked with the page,
  // their code waits with the island's (not preloaded).
  const playgroundWidgets =
    page.name === 'playground'
      ? parsePlaygroundSearch('').state.shown.map((name) => ({
          file: `src/widgets/${widgetNamed(name)!.folder}/embed.tsx`,
          preload: false,
        }))
      : [];
  return {
    html,
    headHtml,
    islands: [
      ...takeIslandsUsed()
        .map(islandEntry)
        .map(({ file, hydrate }) => ({ file, preload: hydrate !== 'near' })),
      ...playgroundWidgets,
    ],
  };
}
