import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';
import { chromiumArgs } from './playwright.config';

// E2E_PORT and E2E_OUT let a bench run beside tests or another bench (as in playwright.config.ts).
const port = Number(process.env.E2E_PORT ?? 4175);
const siteDir = process.env.E2E_OUT ?? '.bench/site';
// The baseline page's config resolves outDir from its own folder, so hand it an absolute path.
const bareDir = path.resolve(siteDir, 'bare-drag');

// Benches run in a real browser and print figures; they assert behaviour, never timings.
export default defineConfig({
  testDir: 'e2e/bench',
  testMatch: '*.bench.ts',
  workers: 1,
  reporter: 'list',
  outputDir: `test-results/bench_${siteDir.replace(/\W+/g, '_')}`,
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 900 },
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  webServer: {
    // Its own copy of the site plus the bare-React baseline page, built fresh.
    command: `node scripts/build-site.mjs && node_modules/.bin/vite build --config bench/bare-drag/vite.config.ts --outDir ${bareDir} && node_modules/.bin/sirv ${siteDir} --host 127.0.0.1 --port ${port} --quiet`,
    env: { OUT_DIR: siteDir },
    url: `http://127.0.0.1:${port}/`,
    timeout: 240_000,
  },
});
