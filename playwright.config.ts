import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

// Playwright cannot download its own browser here; `npm test` makes sure one exists first: the
// headless shell, in which Playwright runs its own tests (scripts/find-chromium.mjs says why).
const executablePath = findChromium('headless-shell');
// Quiet flags for a closed network (see shared/measuring.md).
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// E2E_PORT and E2E_OUT let two test runs share a machine without sharing a server or a build.
const sitePort = Number(process.env.E2E_PORT ?? 4173);
const subPathPort = sitePort + 1;
// Exported for the byte-budget test, which reads the build the site server made.
export const siteDir = process.env.E2E_OUT ?? 'dist';
const subPathDir = `${siteDir}-sub-path`;
export const subPath = '/sub/path/';

export default defineConfig({
  testDir: 'e2e',
  testIgnore: 'bench/**',
  outputDir: `test-results/${siteDir.replace(/\W+/g, '_')}`,
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  workers: 2,
  // Now and then a page stops drawing frames for good while its scripts still run (a trace shows
  // it; issue 11 notes), so Playwright's check that an element is stable before a click (its box
  // compared over animation frames) never passes: about one test in four hundred, a different
  // one each run, in both Chromium builds. A failed test gets one more try in a fresh browser;
  // one that fails twice fails the run, and the list reporter names a pass on the second try as
  // flaky.
  retries: 1,
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath, args: chromiumArgs },
  },
  projects: [
    // A project's testIgnore replaces the one above: benches (and their unit tests, run by
    // Vitest) stay out here too.
    {
      name: 'site',
      testIgnore: [/sub-path/, /bench\//],
      use: { baseURL: `http://127.0.0.1:${sitePort}` },
    },
    {
      name: 'sub-path',
      testMatch: /sub-path/,
      use: { baseURL: `http://127.0.0.1:${subPathPort}` },
    },
  ],
  // Each server builds the site first, so tests never run against a stale dist/. The two are
  // plain static servers with no single-page fallback, as a CDN would be.
  webServer: [
    {
      command: `node scripts/build-site.mjs && node_modules/.bin/sirv ${siteDir} --host 127.0.0.1 --port ${sitePort} --quiet`,
      env: { OUT_DIR: siteDir },
      url: `http://127.0.0.1:${sitePort}/`,
      timeout: 240_000,
      stdout: 'pipe',
    },
    {
      command: `node scripts/build-site.mjs && node_modules/.bin/sirv ${subPathDir} --host 127.0.0.1 --port ${subPathPort} --quiet`,
      env: { BASE_PATH: subPath, OUT_DIR: `${subPathDir}${subPath}` },
      url: `http://127.0.0.1:${subPathPort}${subPath}`,
      timeout: 240_000,
      stdout: 'pipe',
    },
  ],
});
