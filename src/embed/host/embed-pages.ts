/**
 * Every embed page's title and starting height by path under the site ("embed/lessons/entropy/"),
 * written into embed.js when the site is built (from the lesson index and the widget registry),
 * so an iframe is named and sized before it loads.
 */
export interface EmbedPageInfo {
  title: string;
  /** CSS pixels, until the page inside reports its height. */
  minHeight: number;
}

declare const __EMBED_PAGES__: Record<string, EmbedPageInfo>;

/** A lesson's starting height: its opening screen, so the first report only grows it. */
export const LESSON_MIN_HEIGHT = 800;

/** The page at `path` (relative to the site, query left out), or a generic name and height. */
export function embedPageInfo(path: string): EmbedPageInfo {
  const pages = __EMBED_PAGES__;
  const key = path.replace(/^\/+/, '').replace(/index\.html$/, '');
  const known = Object.hasOwn(pages, key) ? pages[key] : undefined;
  return known ?? { title: 'Entropic', minHeight: LESSON_MIN_HEIGHT };
}
