import { expect, test } from '@playwright/test';
import { siteDir } from '../playwright.config';
import {
  EMBED_SCRIPT_BUDGET,
  KiB,
  bytesTable,
  embedScriptBytes,
  routeBytes,
} from '../scripts/route-bytes.mjs';

// Bytes are deterministic, so this is a test, not a bench. It reads the build the site server
// made before the tests (Playwright's webServer), so it costs no build of its own.
const rows = routeBytes(siteDir);

/**
 * Pages not yet within their budget, and the most they may weigh meanwhile so they cannot grow.
 * The KL explorer embed: React (70 KiB), zod and zustand (10), d3 (9), its own code and the
 * landscape worker it starts at load (3, since the worker channel dropped zod) come to 109 KiB.
 * Loading "Best Q" and the descent on first use would cut a little more; see the issue 11 note.
 */
const notYet = new Map([
  // Every page's entry carries the islands' preload map (dropping it saved 1.4 KiB but made
  // hydration racy: chunks then arrive one import after another). The widgets of lessons 5 and
  // 6 (issues 15, 16) share modules with the P/Q widget (redistribute, URL schemas, live
  // formulas, axis, format), which Rollup splits into small chunks: about 2 KiB on these two.
  // Lesson 4's closed-form Gaussian question (issue 18) makes gaussian.ts shared by the quiz and
  // the explorer, so the bundler gives it a chunk of its own: 0.3 KiB more here.
  ['/embed/widgets/kl-explorer/', 112.5 * KiB],
  // The P/Q embed grew past 100 with its axes, grips and measured width (issue 10), then by
  // 2 KiB with the embed protocol (issue 13: host link, setState, state reports, the Embed
  // button); the widget's controls, loaded on first use, would bring it back under.
  ['/embed/widgets/pq/', 106.5 * KiB],
  // The embeds of lessons 5 and 6 (issues 15, 16): what every widget embed shares (React, zod,
  // zustand, d3-scale, the embed protocol) is about 95 KiB, and each widget adds 7 to 8 (its
  // SVG, readout, live formula, URL parser and metrics). Their controls, loaded on first use,
  // would bring them under, as for the P/Q embed.
  ['/embed/widgets/joint/', 104.5 * KiB],
  ['/embed/widgets/split/', 104.5 * KiB],
  ['/embed/widgets/softmax/', 104 * KiB],
]);

test('every page fetches no more JavaScript before interaction than its budget', () => {
  expect(rows.length).toBeGreaterThan(10);
  const over = rows.filter((row) => row.bytes > (notYet.get(row.route) ?? row.budget));
  expect(
    over.map((row) => row.route),
    `gzip JS per page against its budget:\n${bytesTable(rows)}`,
  ).toEqual([]);
});

// The count above follows the HTML and the manifest; a page could still fetch more by itself
// (a lazy import run at load, a worker). Here a browser loads each page at a phone's and a
// desktop's size and must fetch no script the count left out.
for (const viewport of [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
]) {
  test(`at ${viewport.width}x${viewport.height} pages fetch only the scripts counted`, async ({
    browser,
  }) => {
    const page = await browser.newPage({ viewport });
    for (const { route, files } of rows) {
      const fetched = new Set<string>();
      const onRequest = (request: { url(): string }) => {
        const { pathname } = new URL(request.url());
        if (pathname.endsWith('.js')) fetched.add(pathname.replace(/^.*?\/assets\//, 'assets/'));
      };
      page.on('request', onRequest);
      await page.goto(route, { waitUntil: 'networkidle' });
      page.off('request', onRequest);
      expect(
        [...fetched].filter((file) => !files.includes(file)),
        route,
      ).toEqual([]);
    }
    await page.close();
  });
}

test('embed.js, the script on instructors’ pages, stays under 3 KiB gzip', () => {
  const { gzip } = embedScriptBytes(siteDir);
  expect(gzip).toBeGreaterThan(500);
  expect(gzip).toBeLessThanOrEqual(EMBED_SCRIPT_BUDGET);
});
