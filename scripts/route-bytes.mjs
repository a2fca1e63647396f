// The JavaScript each prerendered page fetches before anyone touches it, and its budget
// (issue 11), read from the real build: what the page's HTML references (its scripts, and the
// chunks it loads once parsed or painted, listed in the page), everything those import statically
// (Vite's manifest), and the workers any of them start (`*.worker.ts` sources, which Vite emits
// as assets/<name>.worker-<hash>.js).
// Sizes are gzip level 9, as the build precompresses them and a static server sends them.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { manifestPath } from './site-manifest.mjs';
import { CHUNK_LISTS_ID, PAGE_CHUNKS } from './page-assets.mjs';

export const KiB = 1024;

/** The budgets: at most 85 KiB on the home page (and the 404 page, the same chrome), 100 on others. */
export function budgetOf(route) {
  return route === '/' || route === '/404.html' ? 85 * KiB : 100 * KiB;
}

function htmlFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'assets' ? [] : htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

const workerReference = /assets\/[\w.-]+\.worker-[\w-]+\.js/g;

/**
 * @typedef {{ route: string, budget: number, bytes: number, files: string[] }} RouteBytes
 */

/**
 * One row per page of the site built into `outDir` (served under `base`): its route, budget,
 * gzip bytes, and the files counted (paths under outDir).
 * @param {string} outDir
 * @returns {RouteBytes[]}
 */
export function routeBytes(outDir, base = '/') {
  const manifest = JSON.parse(fs.readFileSync(manifestPath(outDir), 'utf8'));
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]));
  const gzipSize = (file) =>
    zlib.gzipSync(fs.readFileSync(path.join(outDir, file)), { level: 9 }).length;

  return htmlFiles(outDir)
    .sort()
    .map((htmlFile) => {
      const html = fs.readFileSync(htmlFile, 'utf8');
      const files = new Set();
      const add = (file) => {
        if (files.has(file)) return;
        files.add(file);
        const code = fs.readFileSync(path.join(outDir, file), 'utf8');
        for (const [worker] of code.matchAll(workerReference)) add(worker);
        for (const key of byFile.get(file)?.imports ?? []) add(manifest[key].file);
      };
      for (const [, url] of html.matchAll(/<script[^>]*\ssrc="([^"]+\.js)"/g))
        add(url.slice(base.length));
      for (const url of pageChunks(html)) add(url.slice(base.length));
      const route = '/' + path.relative(outDir, htmlFile).replace(/(^|\/)index\.html$/, '$1');
      const bytes = [...files].reduce((sum, file) => sum + gzipSize(file), 0);
      return { route, budget: budgetOf(route), bytes, files: [...files].sort() };
    });
}

/** The chunks a built page loads once parsed or painted, from its list (scripts/page-assets.mjs). */
function pageChunks(html) {
  const list = html.match(new RegExp(`<script[^>]*id="${CHUNK_LISTS_ID}"[^>]*>([^<]*)</script>`));
  if (!list) throw new Error(`a built page has no ${CHUNK_LISTS_ID} list`);
  return JSON.parse(list[1])[PAGE_CHUNKS] ?? [];
}

/**
 * The rows as a table: route, budget and size in KiB.
 * @param {RouteBytes[]} rows
 */
export function bytesTable(rows) {
  const kib = (n) => (n / KiB).toFixed(1).padStart(7);
  return [
    `${'route'.padEnd(36)} budget    gzip JS (KiB)`,
    ...rows.map(
      ({ route, budget, bytes }) =>
        `${route.padEnd(36)}${kib(budget)} ${kib(bytes)}${bytes > budget ? '  OVER' : ''}`,
    ),
  ].join('\n');
}

/** The host script instructors include (issue 13): its budget, and its size three ways. */
export const EMBED_SCRIPT_BUDGET = 3 * KiB;

/** @param {string} outDir */
export function embedScriptBytes(outDir) {
  const bytes = fs.readFileSync(path.join(outDir, 'embed.js'));
  return {
    raw: bytes.length,
    gzip: zlib.gzipSync(bytes, { level: 9 }).length,
    brotli: zlib.brotliCompressSync(bytes, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}
