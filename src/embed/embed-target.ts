import { LESSON_MIN_HEIGHT } from './host/embed-pages';

/** What an Embed dialog offers to embed: a page of this site, in a given state. */
export interface EmbedTarget {
  /** The embed page's path under the site, e.g. `embed/widgets/pq/`. */
  path: string;
  /** Its name: the iframe's title. */
  title: string;
  /** Height in CSS pixels for a plain iframe (the host script sizes itself). */
  minHeight: number;
  /** The widget's state as Copy link writes it, or '' for a lesson. */
  query: string;
  /** SCORM packages, for lessons: [label, path under the site]. */
  packages?: readonly (readonly [string, string])[];
}

export function lessonEmbedTarget(slug: string, title: string): EmbedTarget {
  return { path: `embed/lessons/${slug}/`, title, minHeight: LESSON_MIN_HEIGHT, query: '' };
}

/** Full width, or a width in CSS pixels. */
export type EmbedWidth = '100%' | number;

/** The snippets for a target, for a site at `site` (origin and base path, ending in `/`). */
export function embedSnippets(target: EmbedTarget, site: string, width: EmbedWidth) {
  const relative = `/${target.path}${target.query ? `?${target.query}` : ''}`;
  const url = new URL(relative.slice(1), site).href;
  const style = width === '100%' ? '' : ` style="max-width: ${width}px"`;
  // Attribute values are escaped: a label in a query may hold quotes or angle brackets.
  const attribute = (value: string) =>
    value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
  return {
    url,
    script:
      `<script src="${new URL('embed.js', site).href}" defer></script>\n` +
      `<div data-entropic-embed="${attribute(relative)}"${style}></div>`,
    iframe:
      `<iframe src="${attribute(url)}" title="${attribute(target.title)}" width="${width}" ` +
      `height="${target.minHeight}" style="border: 0" loading="lazy"></iframe>`,
  };
}
