import { expect, test } from '@playwright/test';
import { siteDir } from '../playwright.config';
import {
  EMBED_SCRIPT_BUDGET,
  bytesTable,
  embedScriptBytes,
  routeBytes,
} from '../scripts/route-bytes.mjs';

// Bytes are deterministic, so this is a test, not a bench. It reads the build the site server
// made before the tests (Playwright's webServer), so it costs no build of its own.
const rows = routeBytes(siteDir);

test('every page fetches no more JavaScript before interaction than its budget', () => {
  expect(rows.length).toBeGreaterThan(10);
  const over = rows.filter((row) => row.bytes > row.budget);
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
