import Beasties from 'beasties';

/**
 * What a page needs beyond the entry: the CSS of all its islands (linked, so widgets are styled
 * before any script runs, and without scripts at all), the JS chunks of those that hydrate at
 * load (preloaded, so the browser fetches them in parallel, not one after the other), and for
 * the others the list of their chunks, which hydrate-islands preloads when one starts loading.
 * The build's own preload lists (Vite's modulePreload) are off: they name every island's chunks
 * in the entry every page fetches. `manifest` is the Vite build's, `base` the prefix of its URLs
 * (`/`, a sub-path, or `./` in a package).
 */
export function assetsFor(manifest, base, islands) {
  const css = new Set();
  /** The chunks of one island's module and what it imports statically, the entry aside. */
  const chunksOf = (key, into = new Set()) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build's manifest: what chunk holds it?`);
    if (chunk.isEntry || into.has(chunk.file)) return into;
    into.add(chunk.file);
    (chunk.css ?? []).forEach((file) => css.add(file));
    (chunk.imports ?? []).forEach((imported) => chunksOf(imported, into));
    return into;
  };
  const atLoad = new Set();
  /** @type {Record<string, string[]>} */
  const later = {};
  for (const { file, preload } of islands) {
    const chunks = chunksOf(file);
    if (preload) chunks.forEach((chunk) => atLoad.add(chunk));
    else later[file] = [...chunks].map((chunk) => base + chunk);
  }
  return [
    ...[...css].map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`),
    // Low priority: islands hydrate after the page has painted; the text and its CSS come first.
    ...[...atLoad].map(
      (file) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="${base}${file}">`,
    ),
    // Data, not a script: no browser runs it, so the Content-Security-Policy need not allow it.
    ...(Object.keys(later).length > 0
      ? [
          `<script type="application/json" id="${ISLAND_CHUNKS_ID}">${JSON.stringify(later)}</script>`,
        ]
      : []),
  ];
}

/** The id of the page's list of chunks per island hydrated later (src/app/islands/preload-chunks.ts). */
const ISLAND_CHUNKS_ID = 'island-chunks';

/** The built index.html as every page's template; its entry script waits behind the page. */
export function pageTemplate(html) {
  return html.replace('<script type="module"', '<script type="module" fetchpriority="low"');
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
