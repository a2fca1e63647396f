/**
 * What a page needs beyond the entry: the CSS of all its islands (linked, so widgets are styled
 * before any script runs, and without scripts at all) and the JS chunks of those that hydrate at
 * load (preloaded, so the browser fetches them in parallel, not one after the other). `manifest`
 * is the Vite build's, `base` the prefix of its URLs (`/`, a sub-path, or `./` in a package).
 */
export function assetsFor(manifest, base, islands) {
  const js = new Set();
  const css = new Set();
  const seen = new Set();
  const visit = (key, preload) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build's manifest: what chunk holds it?`);
    if (chunk.isEntry || seen.has(`${key} ${preload}`)) return;
    seen.add(`${key} ${preload}`);
    if (preload) js.add(chunk.file);
    (chunk.css ?? []).forEach((file) => css.add(file));
    (chunk.imports ?? []).forEach((imported) => visit(imported, preload));
  };
  islands.forEach(({ file, preload }) => visit(file, preload));
  return [
    ...[...css].map((file) => `<link rel="stylesheet" crossorigin href="${base}${file}">`),
    // Low priority: islands hydrate after the page has painted; the text and its CSS come first.
    ...[...js].map(
      (file) => `<link rel="modulepreload" fetchpriority="low" crossorigin href="${base}${file}">`,
    ),
  ];
}

/** The built index.html as every page's template; its entry script waits behind the page. */
export function pageTemplate(html) {
  return html.replace('<script type="module"', '<script type="module" fetchpriority="low"');
}
