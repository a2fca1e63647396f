// Site figures for `npm run bench`: build time, the JS and CSS bytes each route loads (raw,
// gzip -9, brotli -q 11), and Lighthouse scores (mobile preset) for the home page and a lesson.
// Prints figures; asserts nothing.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { findChromium } from './find-chromium.mjs';

const dist = path.resolve('dist');
const started = performance.now();
execFileSync('node', ['scripts/build-site.mjs'], { stdio: 'inherit' });
console.log(`\nbuild time: ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'assets' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

const sizeOf = (files) => {
  const total = { raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const bytes = fs.readFileSync(path.join(dist, file));
    total.raw += bytes.length;
    total.gzip += zlib.gzipSync(bytes, { level: 9 }).length;
    total.brotli += zlib.brotliCompressSync(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length;
  }
  return total;
};
const kb = (n) => (n / 1024).toFixed(1).padStart(7);

console.log(
  'route'.padEnd(30),
  'JS raw / gzip / brotli (KB)'.padEnd(30),
  'CSS files raw / gzip / brotli'.padEnd(30),
  'inlined CSS raw',
);
for (const file of htmlFiles(dist).sort()) {
  const html = fs.readFileSync(file, 'utf8');
  // A file can be named twice (Beasties' <noscript> fallback); count it once.
  const refs = (pattern) => [
    ...new Set([...html.matchAll(pattern)].map((m) => m[1].replace(/^\/.*?assets\//, 'assets/'))),
  ];
  const js = sizeOf(refs(/<(?:script[^>]*src|link rel="modulepreload"[^>]*href)="([^"]+\.js)"/g));
  const css = sizeOf(refs(/<link rel="stylesheet"[^>]*href="([^"]+\.css)"/g));
  const inlined = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].reduce(
    (n, m) => n + m[1].length,
    0,
  );
  console.log(
    ('/' + path.relative(dist, file).replace(/index\.html$/, '')).padEnd(30),
    `${kb(js.raw)} ${kb(js.gzip)} ${kb(js.brotli)}`.padEnd(30),
    `${kb(css.raw)} ${kb(css.gzip)} ${kb(css.brotli)}`.padEnd(30),
    kb(inlined),
  );
}

// Lighthouse against the built site on a plain static server.
const chrome = findChromium();
if (!chrome || process.argv.includes('--no-lighthouse')) {
  console.log('\nLighthouse skipped', chrome ? '(--no-lighthouse)' : '(no Chromium found)');
  process.exit(0);
}
const port = 4180;
const server = spawn(
  'node_modules/.bin/sirv',
  ['dist', '--host', '127.0.0.1', '--port', String(port), '--quiet'],
  {
    stdio: 'ignore',
  },
);
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
  console.log('\nLighthouse (mobile preset): performance / accessibility / best practices / SEO');
  for (const route of ['/', '/lessons/entropy/']) {
    const out = path.join(outDir, route.replace(/\W+/g, '_') || 'home');
    execFileSync(
      'node_modules/.bin/lighthouse',
      [
        `http://127.0.0.1:${port}${route}`,
        '--quiet',
        '--output=json',
        `--output-path=${out}.json`,
        '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
      ],
      { stdio: 'inherit', env: { ...process.env, CHROME_PATH: chrome } },
    );
    const report = JSON.parse(fs.readFileSync(`${out}.json`, 'utf8'));
    const score = (id) => Math.round(report.categories[id].score * 100);
    const lcp = report.audits['largest-contentful-paint'].displayValue;
    const tbt = report.audits['total-blocking-time'].displayValue;
    console.log(
      route.padEnd(24),
      ['performance', 'accessibility', 'best-practices', 'seo'].map(score).join(' / '),
      `  (LCP ${lcp}, TBT ${tbt})`,
    );
  }
} finally {
  server.kill();
}
