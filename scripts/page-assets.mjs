import Beasties from 'beasties';

/**
 * What a page needs beyond its template: the CSS of all its islands (linked, so widgets are
 * styled before any script runs, and without scripts at all), and the lists of the JS chunks it
 * loads, as JSON. Under PAGE_CHUNKS, what the page loads once it is parsed or has painted
 * (index.html's starter script): the entry first, then what it imports and the chunks of the islands that
 * hydrate at load, preloaded alongside so they arrive together, not one level of imports after
 * another. Under its module's key, each other island's chunks, which hydrate-islands preloads
 * when that island starts loading. The build's own preload lists (Vite's modulePreload) are off:
 * they name every island's chunks in the entry every page fetches. `manifest` is the Vite
 * build's, `base` the prefix of its URLs (`/`, a sub-path, or `./` in a package).
 */
export function assetsFor(manifest, base, islands) {
  const css = new Set();
  /** The chunks of one module and what it imports statically, the entry aside. */
  const chunksOf = (key, into = new Set()) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build's manifest: what chunk holds it?`);
    if (chunk.isEntry || into.has(chunk.file)) return into;
    into.add(chunk.file);
    (chunk.css ?? []).forEach((file) => css.add(file));
    (chunk.imports ?? []).forEach((imported) => chunksOf(imported, into));
    return into;
  };
  const entry = manifest['index.html'];
  const atStart = new Set([entry.file]);
  (entry.imports ?? []).forEach((imported) => chunksOf(imported, atStart));
  /** @type {Record<string, string[]>} */
  const lists = {};
  for (const { file, preload } of islands) {
    const chunks = chunksOf(file);
    if (preload) chunks.forEach((chunk) => atStart.add(chunk));
    else lists[file] = [...chunks].map((chunk) => base + chunk);
  }
  lists[PAGE_CHUNKS] = [...atStart].map((chunk) => base + chunk);
  return [
    ...[...css].map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`),
    // Data, not a script: no browser runs it, so the Content-Security-Policy need not allow it.
    `<script type="application/json" id="${CHUNK_LISTS_ID}">${JSON.stringify(lists)}</script>`,
  ];
}

/** The id of the page's lists of chunks (read by index.html's starter and preload-chunks.ts). */
export const CHUNK_LISTS_ID = 'chunk-lists';

/** The key of the list of what a page loads once parsed or painted, its entry first. */
export const PAGE_CHUNKS = 'page';

/**
 * The built index.html as every page's template. Its entry script goes: the starter script
 * loads the entry, from the page's list, once the page is parsed or has painted.
 */
export function pageTemplate(html) {
  const entryScript = /\s*<script type="module" crossorigin src="[^"]+"><\/script>/;
  if (!entryScript.test(html)) throw new Error('pageTemplate: no entry script in index.html');
  return html.replace(entryScript, '');
}

/** One page from the template: its head tags and its content. */
export function fillTemplate(template, { head, content }) {
  return template.replace('<!--app-head-->', head).replace('<!--app-html-->', content);
}

/**
 * What inlines each page's critical CSS (the site's and the packages' builds alike): the rules
 * the page needs to paint go inline, the rest loads without blocking the first paint. Theme
 * rules match only once the head script sets data-theme, so they are always kept.
 */
export function criticalCssInliner(dir, base) {
  return new Beasties({
    path: dir,
    publicPath: base,
    // The stylesheet that is not inlined moves to the end of <body>: no inline onload handler,
    // which the Content-Security-Policy would block.
    preload: 'body',
    // The text faces' inline rules (scripts/text-faces.mjs) are whole already: critical or not,
    // the first paint needs them.
    reduceInlineStyles: false,
    allowRules: [/data-theme/],
    logLevel: 'warn',
  });
}
