/**
 * The id of the page's JSON lists of chunks, among them those of each island that hydrates
 * later, written by the build (scripts/page-assets.mjs, under the same id).
 */
const LIST_ID = 'chunk-lists';

let lists: Partial<Record<string, string[]>> | undefined;
const preloaded = new Set<string>();

/**
 * Preloads every chunk of the island whose module is `file`, so they arrive together, not one
 * level of imports after another. The build's own preload lists are off (they would put every
 * island's chunks into the entry every page fetches); this is the page's share of them.
 */
export function preloadIslandChunks(file: string): void {
  // Written by our own build, like the islands' props: no schema.
  lists ??= JSON.parse(document.getElementById(LIST_ID)?.textContent ?? '{}') as typeof lists;
  for (const href of lists?.[file] ?? []) {
    if (preloaded.has(href)) continue;
    preloaded.add(href);
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
  }
}
