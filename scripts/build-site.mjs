// Builds the static site: the client bundle, a server bundle, then every route prerendered
// to dist/<route>/index.html so pages read fully without JavaScript and hydrate with it.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { build, resolveConfig } from 'vite';
import { withCsp } from './csp.mjs';
import { buildServiceWorker } from './service-worker.mjs';
import { manifestPath } from './site-manifest.mjs';
import { assetsFor, criticalCssInliner, fillTemplate, pageTemplate } from './page-assets.mjs';
import { buildScormPackages } from './scorm-packages.mjs';
import { textFacesToHead } from './text-faces.mjs';

// Vite's CLI does this for `vite build`; without it, loading the CSS config sets NODE_ENV to
// development and the bundle gets React's development build.
process.env.NODE_ENV ??= 'production';

const outDir = path.resolve(process.env.OUT_DIR ?? 'dist');
// One server bundle per output folder, so two builds (site and sub-path test site) can run at once.
const ssrDir = path.resolve('.ssr', path.relative(process.cwd(), outDir).replace(/[\\/]/g, '_'));
const manifestCopy = manifestPath(outDir);
const started = performance.now();

const { base } = await resolveConfig({}, 'build');
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
await build({
  logLevel: 'warn',
  build: {
    ssr: 'src/app/entry-server.tsx',
    outDir: ssrDir,
    emptyOutDir: true,
    manifest: false,
    // The server renders every page at once; the islands' lazy imports matter only in browsers.
    rolldownOptions: { checks: { ineffectiveDynamicImport: false } },
  },
});

const server = await import(pathToFileURL(path.join(ssrDir, 'entry-server.js')).href);
const template = pageTemplate(fs.readFileSync(path.join(outDir, 'index.html'), 'utf8'));
const manifestFile = path.join(outDir, '.vite', 'manifest.json');
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
const textFaces = textFacesToHead(outDir, manifest, base);

const beasties = criticalCssInliner(outDir, base);

for (const route of server.routePaths(base)) {
  const page = await server.render(route, base);
  const head = [page.headHtml, ...textFaces, ...assetsFor(manifest, base, page.islands)].join(
    '\n    ',
  );
  const html = withCsp(
    await beasties.process(fillTemplate(template, { head, content: page.html })),
  );
  const relative = route.slice(base.length);
  const file = relative.endsWith('.html')
    ? path.join(outDir, relative)
    : path.join(outDir, relative, 'index.html');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, html);
}

// embed.js, the host script for instructors' pages: its own small bundle (no React), with every
// embed page's title and starting height written in.
await build({
  configFile: false,
  logLevel: 'warn',
  define: { __EMBED_PAGES__: JSON.stringify(server.embedPages()) },
  build: {
    outDir,
    emptyOutDir: false,
    copyPublicDir: false,
    lib: {
      entry: 'src/embed/host/embed.ts',
      formats: ['iife'],
      name: 'EntropicEmbed',
      fileName: () => 'embed.js',
    },
  },
});

// Each lesson as SCORM 1.2 and 2004 packages for LMSs, built before the server bundle goes.
const scormStarted = performance.now();
const { packages, suspendLength } = await buildScormPackages({
  outDir,
  server,
  workDir: path.resolve('.scorm', path.basename(ssrDir)),
});
const scormSeconds = ((performance.now() - scormStarted) / 1000).toFixed(1);
const largest = Math.max(...packages.map((p) => p.size));

// The Embed dialog links instructors to the README's section for them.
fs.copyFileSync('README.md', path.join(outDir, 'README.md'));

// A static host need not publish the manifest; the byte-budget test reads the copy.
fs.mkdirSync(path.dirname(manifestCopy), { recursive: true });
fs.renameSync(manifestFile, manifestCopy);
fs.rmSync(path.join(outDir, '.vite'), { recursive: true, force: true });
fs.rmSync(ssrDir, { recursive: true, force: true });
const precache = await buildServiceWorker(outDir, base);
// Precompressed copies: static servers that support them (sirv, nginx gzip_static, most CDNs)
// send these instead of compressing on every request. Fonts are compressed already.
const compressible = /\.(html|js|css|svg|txt|json|ttf)$/;
function precompress(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) precompress(file);
    else if (compressible.test(entry.name)) {
      const bytes = fs.readFileSync(file);
      fs.writeFileSync(`${file}.gz`, zlib.gzipSync(bytes, { level: 9 }));
      fs.writeFileSync(
        `${file}.br`,
        zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }),
      );
    }
  }
}
precompress(outDir);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `built ${path.relative(process.cwd(), outDir)} (base ${base}) in ${seconds} s; ` +
    `service worker precaches ${precache.count} files, ${(precache.size / 1024).toFixed(0)} KB; ` +
    `${packages.length} SCORM packages (largest ${(largest / 1024).toFixed(0)} KB, suspend_data ` +
    `at most ${suspendLength} characters) in ${scormSeconds} s`,
);
