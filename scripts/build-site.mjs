// Builds the static site: the client bundle, a server bundle, then every route prerendered
// to dist/<route>/index.html so pages read fully without JavaScript and hydrate with it.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, resolveConfig } from 'vite';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
// One server bundle per output folder, so two builds (site and sub-path test site) can run at once.
const ssrDir = path.resolve('.ssr', path.relative(process.cwd(), outDir).replace(/[\\/]/g, '_'));
const started = performance.now();

const { base } = await resolveConfig({}, 'build');
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
await build({
  logLevel: 'warn',
  build: { ssr: 'src/app/entry-server.tsx', outDir: ssrDir, emptyOutDir: true, manifest: false },
});

const server = await import(pathToFileURL(path.join(ssrDir, 'entry-server.js')).href);
const template = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
const manifestFile = path.join(outDir, '.vite', 'manifest.json');
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));

/** The JS chunks a lesson needs beyond the entry, so the browser fetches them in parallel. */
function preloadsFor(lessonFile) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || chunk.isEntry || files.has(chunk.file)) return;
    files.add(chunk.file);
    (chunk.imports ?? []).forEach(visit);
  };
  if (lessonFile) visit(lessonFile);
  return [...files].map((file) => `<link rel="modulepreload" crossorigin href="${base}${file}">`);
}

for (const route of server.routePaths(base)) {
  const page = await server.render(route, base);
  const head = [page.headHtml, ...preloadsFor(page.lessonFile)].join('\n    ');
  const html = template.replace('<!--app-head-->', head).replace('<!--app-html-->', page.html);
  const relative = route.slice(base.length);
  const file = relative.endsWith('.html')
    ? path.join(outDir, relative)
    : path.join(outDir, relative, 'index.html');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, html);
}

// The manifest served its purpose; a static host need not publish it.
fs.rmSync(path.join(outDir, '.vite'), { recursive: true, force: true });
fs.rmSync(ssrDir, { recursive: true, force: true });
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`built ${path.relative(process.cwd(), outDir)} (base ${base}) in ${seconds} s`);
