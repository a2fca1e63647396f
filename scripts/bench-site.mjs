// Site figures for `npm run bench`, each beside its budget (issue 11): build time; the
// JavaScript each page fetches before interaction (gzip; the byte-budget test asserts the same
// figures); and Lighthouse 12.8 (mobile preset, the build served compressed) on the home page and
// every lesson, median of three runs. Prints figures; asserts nothing.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { findChromium } from './find-chromium.mjs';
import { EMBED_SCRIPT_BUDGET, bytesTable, embedScriptBytes, routeBytes } from './route-bytes.mjs';

const dist = 'dist';
const started = performance.now();
execFileSync('node', ['scripts/build-site.mjs'], { stdio: 'inherit' });
console.log(`\nbuild time: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

const rows = routeBytes(dist);
console.log('JavaScript fetched before any interaction (gzip -9, KiB)');
console.log(bytesTable(rows));
const host = embedScriptBytes(dist);
console.log(
  `\nembed.js: ${host.raw} B raw, ${host.gzip} B gzip, ${host.brotli} B brotli ` +
    `(budget ${EMBED_SCRIPT_BUDGET} B gzip)`,
);

const chrome = findChromium();
if (!chrome || process.argv.includes('--no-lighthouse')) {
  console.log('\nLighthouse skipped', chrome ? '(--no-lighthouse)' : '(no Chromium found)');
  process.exit(0);
}

// sirv sends the precompressed .gz/.br files, as a CDN would.
const port = Number(process.env.LIGHTHOUSE_PORT ?? 4180);
const server = spawn(
  'node_modules/.bin/sirv',
  [dist, '--host', '127.0.0.1', '--port', String(port), '--quiet'],
  { stdio: 'ignore' },
);
const RUNS = 3;
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  for (let i = 0; i < 50; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const outDir = path.resolve('.bench', 'lighthouse');
  fs.mkdirSync(outDir, { recursive: true });
  const routes = ['/', ...rows.map((r) => r.route).filter((r) => r.startsWith('/lessons/'))];
  console.log(
    `\nLighthouse 12.8, mobile preset, median of ${RUNS} runs ` +
      '(budget: 100 in every category, total blocking time under 50 ms)',
  );
  console.log(
    `${'route'.padEnd(32)}${['perf', 'a11y', 'b.p.', 'seo', 'TBT ms', 'LCP s'].map((h) => h.padStart(8)).join('')}   runs (perf)`,
  );
  for (const route of routes) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const out = path.join(outDir, `${route.replace(/\W+/g, '_')}${run}.json`);
      execFileSync(
        'node_modules/.bin/lighthouse',
        [
          `http://127.0.0.1:${port}${route}`,
          '--quiet',
          '--output=json',
          `--output-path=${out}`,
          '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
        ],
        { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } },
      );
      const report = JSON.parse(fs.readFileSync(out, 'utf8'));
      runs.push({
        scores: categories.map((id) => Math.round(report.categories[id].score * 100)),
        tbt: report.audits['total-blocking-time'].numericValue,
        lcp: report.audits['largest-contentful-paint'].numericValue / 1000,
      });
    }
    const scores = categories.map((_, i) => median(runs.map((r) => r.scores[i])));
    const tbt = median(runs.map((r) => r.tbt));
    const lcp = median(runs.map((r) => r.lcp));
    const within = scores.every((s) => s === 100) && tbt < 50;
    console.log(
      route.padEnd(32) +
        [...scores.map(String), tbt.toFixed(0), lcp.toFixed(2)].map((v) => v.padStart(8)).join('') +
        `   ${runs.map((r) => r.scores[0]).join(' ')}${within ? '' : '   OVER BUDGET'}`,
    );
  }
} finally {
  server.kill();
}
