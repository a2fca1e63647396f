import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { matchRoute, pathOf } from '../../app/routes.ts';
import { questionAnchor } from '../../quiz/question-anchor.ts';
import { LessonError, type SourcePlace } from './lesson-error.ts';

/** A link a lesson makes, where it sits in the source. */
export interface LessonLink {
  url: string;
  place: SourcePlace;
}

const placeOf = (node: { position?: { start: { line: number; column: number } } }) => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column,
});

/**
 * The ids a lesson page has to link to: its headings' slugs exactly as rehype-slug makes them
 * (github-slugger over the heading text, in page order), each question's anchor, and literal
 * `id="..."` attributes on HTML elements.
 */
export function anchorsOf(tree: Root, questionIds: readonly string[]): Set<string> {
  const slugger = new GithubSlugger();
  const anchors = new Set<string>(questionIds.map(questionAnchor));
  visit(tree, (node) => {
    if (node.type === 'heading') anchors.add(slugger.slug(toString(node)));
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      if (!/^[a-z]/.test(node.name)) return;
      const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
      if (typeof id?.value === 'string') anchors.add(id.value);
    }
  });
  return anchors;
}

/** Markdown links and definitions, and literal `href`s of `<a>` elements. */
export function linksOf(tree: Root): LessonLink[] {
  const links: LessonLink[] = [];
  visit(tree, (node) => {
    if (node.type === 'link' || node.type === 'definition') {
      links.push({ url: node.url, place: placeOf(node) });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (node.name !== 'a') return;
      const href = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'href');
      if (typeof href?.value === 'string') links.push({ url: href.value, place: placeOf(node) });
    }
  });
  return links;
}

// Only the host part is made up: links are resolved as the browser would on the lesson's page.
const origin = 'https://entropic.invalid';

/** What a link inside the site points at; `undefined` for a link off the site (any scheme). */
function internalTarget(url: string, fromSlug: string) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
  const page = origin + pathOf({ name: 'lesson', slug: fromSlug, embed: false }, '/');
  const resolved = new URL(url, page);
  return { path: resolved.pathname, anchor: decodeURIComponent(resolved.hash.slice(1)) };
}

/**
 * Throws a LessonError at the first internal link of a lesson that points nowhere: a page the
 * site does not build, or an anchor its lesson does not have. `anchors` holds each lesson's.
 */
export function checkLinks(
  links: readonly LessonLink[],
  fromSlug: string,
  anchors: ReadonlyMap<string, ReadonlySet<string>>,
  file: string,
): void {
  const slugs = [...anchors.keys()];
  for (const { url, place } of links) {
    const target = internalTarget(url, fromSlug);
    if (!target) continue;
    const route = matchRoute(target.path, '/', slugs);
    if (route.name === 'not-found') {
      throw new LessonError(file, place, `link "${url}" points to ${target.path}, not a page`);
    }
    // Other pages' anchors (the formula sheet's) are not lessons' to check.
    if (!target.anchor || route.name !== 'lesson') continue;
    if (!anchors.get(route.slug)!.has(target.anchor)) {
      throw new LessonError(
        file,
        place,
        `link "${url}": lesson "${route.slug}" has no section or question #${target.anchor}`,
      );
    }
  }
}
