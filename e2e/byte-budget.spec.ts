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
  // Issue 15 (lesson 5) adds about 1 KiB to the two embeds here without touching their code:
  // every page's entry carries the dependency map of every island (4 new lesson components, 2
  // new embeds), and pieces now shared by four widgets (axis, format, units) became chunks of
  // their own. Held at the measured figures for the lead to decide (one shared widget chunk
  // saved only 0.4 KiB on the P/Q embed and cost the KL explorer 0.1).
  ['/embed/widgets/kl-explorer/', 111.5 * KiB],
  // The P/Q embed grew past 100 with its axes, grips and measured width (issue 10), then by
  // 2 KiB with the embed protocol (issue 13: host link, setState, state reports, the Embed
  // button); the widget's controls, loaded on first use, would bring it back under.
  ['/embed/widgets/pq/', 105 * KiB],
  // The logits-to-loss embed: the same 94.5 KiB every widget embed starts from (React, zod,
  // zustand, d3, the embed protocol), plus its charts, readout and controls (7.7 KiB); loading
  // the controls on first use would bring it under, as for the P/Q embed.
  ['/embed/widgets/softmax/', 102.5 * KiB],
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
