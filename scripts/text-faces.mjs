// The text face of every page's first screen, declared in its head and preloaded from its body.
import fs from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';

/**
 * The serif's regular face: the prose of every page's first screen. By family and source file
 * (its key in the Vite manifest; KaTeX's own rule for its formulas names the same file).
 *
 * It is `font-display: optional` (src/styles/fonts.css). The site's stylesheet arrives after the
 * first paint (a page inlines only its critical rules), so the browser met the face only then,
 * and when it loaded within its 100 ms block period it replaced the local face: the prose
 * re-wrapped and everything below it moved (a CI run measured a shift of 0.034 on the home page,
 * the paragraphs under the serif text moving, the Inter header not). Declared in the head and
 * preloaded, the face is there for the first paint or waits for the next page. Declared once: a
 * second declaration, in the stylesheet, is a face of its own that loads (from the cache) after
 * the first paint and swaps in.
 *
 * The preload sits at the start of the body, not in the head: Chromium makes a font preload in
 * the head render-blocking, so the first paint waited for the serif (a page at phone size with
 * the file held back 400 ms painted at 452 ms instead of about 250), and in most Lighthouse runs
 * of a lesson the page drew nothing for a second after it had painted (first contentful paint
 * 1.2 s instead of 0.25 s; issue 11 notes). From the body the file is fetched as early (the
 * preload scanner reads ahead) and blocks nothing; held back 60 to 800 ms, no page shifted.
 *
 * Inter (interface, titles) is not preloaded: its 48 KB before the first paint cost 0.35 s of
 * Lighthouse's simulated LCP, and the home page's score fell to 99; the serif's 26 KB do not
 * (and a lesson fetches them for its formulas anyway). Italic and bold are rarer on a first
 * screen.
 */
const TEXT_FACES = [
  { family: 'Entropic Serif', source: 'node_modules/katex/dist/fonts/KaTeX_Main-Regular.woff2' },
];

/**
 * Takes the faces' rules out of the entry's stylesheet in `dir`, a fresh Vite build whose files
 * nothing has read yet, and returns the tags every page carries in its head (the rules) and at
 * the start of its body (the preloads), with URLs under `base`. The stylesheet keeps its name,
 * hashed from its content before the move: it still changes whenever that content does.
 */
export function moveTextFaces(dir, manifest, base) {
  const cssFile = path.join(dir, manifest['index.html'].css[0]);
  const css = postcss.parse(fs.readFileSync(cssFile, 'utf8'));
  const faces = TEXT_FACES.map(({ family, source }) => {
    const href = base + manifest[source].file;
    const rule = fontFaceRule(css, family, path.basename(href));
    if (!rule) throw new Error(`moveTextFaces: no @font-face for ${family} in ${cssFile}`);
    rule.remove();
    rule.walkDecls('src', (src) => {
      src.value = src.value.replace(/url\([^)]*\)/, `url(${href})`);
    });
    return { href, rule: rule.toString() };
  });
  fs.writeFileSync(cssFile, css.toString());
  return {
    head: [`<style>${faces.map(({ rule }) => rule).join('')}</style>`],
    // Low priority, as the islands' code: the HTML and CSS come first, and a face that misses
    // the first paint is simply not used on this page.
    body: faces.map(
      ({ href }) =>
        `<link rel="preload" as="font" type="font/woff2" fetchpriority="low" crossorigin href="${href}">`,
    ),
  };
}

/** The @font-face of `family` whose source is the built file `file`. */
function fontFaceRule(css, family, file) {
  let found;
  css.walkAtRules('font-face', (rule) => {
    const value = (prop) => rule.nodes.find((node) => node.prop === prop)?.value ?? '';
    if (value('font-family').replace(/['"]/g, '') === family && value('src').includes(file))
      found = rule;
  });
  return found;
}
