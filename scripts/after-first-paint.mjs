// What a built page loads only once it has painted, and the inline script that loads it.
import fs from 'node:fs';

/** The id of the page's list of what loads after its first paint (read by the browser script). */
const AFTER_FIRST_PAINT_ID = 'after-first-paint';
const afterFirstPaintScript = fs.readFileSync(
  new URL('./after-first-paint.browser.js', import.meta.url),
  'utf8',
);

const stylesheet = /<link rel="stylesheet" crossorigin href="([^"]+)">/g;
const modulePreload = /<link rel="modulepreload" crossorigin href="([^"]+)">/g;
const entryScript = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/**
 * The page (its critical CSS inlined) with its stylesheets, module preloads and entry script
 * taken out of the markup and listed for after-first-paint.browser.js, which loads them once
 * the page has painted. Found early in the markup, they took the network from the text: Lighthouse's
 * simulated slow phone counts every request made before the first paint against it, and with
 * them a lesson's largest paint came at 1.9 s instead of 1.2. The stylesheets carry nothing the
 * first paint needs (that is inlined), but they declare the math and interface fonts, which
 * would then be fetched before it too. Without JavaScript the stylesheets still load (noscript).
 */
export function loadAfterFirstPaint(html) {
  const entry = html.match(entryScript)?.[1];
  if (!entry) throw new Error('loadAfterFirstPaint: the page has no entry module script');
  const styles = [...html.matchAll(stylesheet)].map((match) => match[1]);
  const list = {
    styles,
    modules: [...html.matchAll(modulePreload)].map((match) => match[1]),
    entry,
  };
  return html
    .replace(entryScript, '')
    .replace(stylesheet, '')
    .replace(modulePreload, '')
    .replace(
      '</body>',
      [
        `<noscript>${styles.map((href) => `<link rel="stylesheet" href="${href}">`).join('')}</noscript>`,
        // Data, not a script (as the island chunk list): the Content-Security-Policy ignores it.
        `<script type="application/json" id="${AFTER_FIRST_PAINT_ID}">${JSON.stringify(list)}</script>`,
        `<script>${afterFirstPaintScript}</script>`,
        '</body>',
      ].join(''),
    );
}

/** What loadAfterFirstPaint listed in `html`: the URLs the page loads once it has painted. */
export function loadedAfterFirstPaint(html) {
  const json = html.match(
    new RegExp(`<script type="application/json" id="${AFTER_FIRST_PAINT_ID}">([^<]*)</script>`),
  )?.[1];
  return json ? JSON.parse(json) : { styles: [], modules: [], entry: undefined };
}
