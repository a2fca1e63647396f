// The text faces of every page's first screen, declared in its head; the serif also preloaded.
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
 * The preload is in the head, where Chromium makes it render-blocking (for at most 100 ms after
 * the body starts): that is what puts the serif on a first visit's first paint. Moved to the
 * body it blocked nothing, but the file then came after the face's 100 ms block period and a
 * student's first page was set in a local serif. (In a few Lighthouse runs of a lesson, about one
 * in eight, the page draws nothing until about 1.2 s; what holds it is not known, see issue 11's
 * notes.)
 *
 * Inter (interface, titles) is declared in the head too, but not preloaded. Preloaded (at low
 * priority) it brings Lighthouse's simulated first paint forward, to 0.9-1.05 s from 1.35 s,
 * which moves the page's style and layout tasks of the stylesheets and fonts that arrive later
 * to after it, where they count as blocking time: 47-218 ms over nine runs of the entropy
 * lesson (scores 96-100), against 0 ms in three runs without (100). Met only in the
 * stylesheet, after the first paint, it made every run of interface text be shaped again when
 * that arrived: one 40-45 ms task on a lesson, four times that on a slow phone (Lighthouse's
 * blocking time on a copy of the entropy lesson: 221-436 ms with it there, 39-120 ms with it in
 * the head). Italic and bold serif are rarer on a first screen.
 */
const HEAD_FACES = [
  {
    family: 'Entropic Serif',
    source: 'node_modules/katex/dist/fonts/KaTeX_Main-Regular.woff2',
    preload: true,
  },
  // Every unicode-range subset (Latin, Greek, ...): a page fetches only those its text uses.
  { family: 'Inter Variable', preload: false },
];

/** The serif's file: where the build put the fonts, and the one face every page preloads. */
const SERIF = HEAD_FACES[0].source;

/**
 * Takes the faces' rules out of the entry's stylesheet in `dir`, a fresh Vite build whose files
 * nothing has read yet, and returns the head tags every page carries (the preloads and the
 * rules), with URLs under `base`. The stylesheet keeps its name, hashed from its content before
 * the move: it still changes whenever that content does.
 */
export function textFacesToHead(dir, manifest, base) {
  const cssFile = path.join(dir, manifest['index.html'].css[0]);
  const css = postcss.parse(fs.readFileSync(cssFile, 'utf8'));
  const fontDir = path.posix.dirname(manifest[SERIF].file);
  // From the page, not the stylesheet: a relative URL (the packages' base) changes meaning.
  const fromPage = (url) => `${base}${fontDir}/${path.posix.basename(url)}`;
  const rules = [];
  const preloads = [];
  for (const { family, source, preload } of HEAD_FACES) {
    const file = source && path.posix.basename(manifest[source].file);
    const found = fontFaceRules(css, family, file);
    if (found.length === 0)
      throw new Error(`textFacesToHead: no @font-face for ${family} in ${cssFile}`);
    for (const rule of found) {
      rule.remove();
      rule.walkDecls('src', (src) => {
        src.value = src.value.replace(/url\(([^)]*)\)/g, (_, url) => `url(${fromPage(url)})`);
      });
      rules.push(rule.toString());
    }
    if (preload) preloads.push(fromPage(file));
  }
  fs.writeFileSync(cssFile, css.toString());
  return [
    // Low priority, as the islands' code: the HTML and CSS come first, and a face that misses
    // the first paint is simply not used on this page.
    ...preloads.map(
      (href) =>
        `<link rel="preload" as="font" type="font/woff2" fetchpriority="low" crossorigin href="${href}">`,
    ),
    `<style>${rules.join('')}</style>`,
  ];
}

/** The @font-face rules of `family`: the one whose source is the built `file`, or all of them. */
function fontFaceRules(css, family, file) {
  const found = [];
  css.walkAtRules('font-face', (rule) => {
    const value = (prop) => rule.nodes.find((node) => node.prop === prop)?.value ?? '';
    if (value('font-family').replace(/['"]/g, '') !== family) return;
    if (!file || value('src').includes(file)) found.push(rule);
  });
  return found;
}
