import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';
import { chromiumArgs } from './playwright.config';

const port = 4175;

// Benches run in a real browser and print figures; they assert behaviour, never timings.
export default defineConfig({
  testDir: 'e2e/bench',
  testMatch: '*.bench.ts',
  workers: 1,
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    viewport: { width: 1280, height: 900 },
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  webServer: {
    // Its own copy of the site plus the bare-React baseline page, built fresh.
    command: `node scripts/build-site.mjs && node_modules/.bin/vite build --config bench/bare-drag/vite.config.ts && node_modules/.bin/sirv .bench/site --host 127.0.0.1 --port ${port} --quiet`,
    env: { OUT_DIR: '.bench/site' },
    url: `http://127.0.0.1:${port}/`,
    timeout: 240_000,
  },
});
