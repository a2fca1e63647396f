// Builds each lesson's LMS packages: dist/scorm/<slug>-scorm12.zip and <slug>-scorm2004.zip.
// A package runs from whatever folder the LMS unpacks it into, on the LMS's origin, with no
// request to our site: so it gets its own client build with relative URLs (base './'), and its
// launch page (index.html at the package root) is the lesson alone, prerendered like the site's.
import fs from 'node:fs';
import path from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { build } from 'vite';
import { withCsp } from './csp.mjs';
import { assetsFor, criticalCssInliner, fillTemplate, pageTemplate } from './page-assets.mjs';
import { textFacesToHead } from './text-faces.mjs';

/** Every file under `dir`, as paths relative to it with `/` separators, sorted. */
function filesUnder(dir, prefix = '') {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) =>
      entry.isDirectory()
        ? filesUnder(path.join(dir, entry.name), `${prefix}${entry.name}/`)
        : [`${prefix}${entry.name}`],
    )
    .sort();
}

/**
 * The site's head links that make no sense in a package: the web app manifest and touch icon
 * (an LMS page is not installable as Entropic). The favicon stays, as a file of the package.
 */
function packageTemplate(html) {
  return pageTemplate(html)
    .replace(/\s*<link rel="manifest"[^>]*>/, '')
    .replace(/\s*<link rel="apple-touch-icon"[^>]*>/, '');
}

/**
 * `server` is the site's server bundle (entry-server.tsx); `workDir` a scratch folder for the
 * package build. Resolves to each package's path and size, and the longest suspend_data.
 */
export async function buildScormPackages({ outDir, server, workDir }) {
  // The longest suspend_data any lesson can need (every question solved, the longest seed):
  // SCORM 1.2 LMSs keep at most 4,096 characters.
  const suspendLength = Math.max(
    ...server
      .packageLessons()
      .map(
        ({ questions }) =>
          server.encodeSuspendData({ seed: 2 ** 32 - 1, solved: questions }).length,
      ),
  );
  if (suspendLength > 4096)
    throw new Error(`suspend_data needs ${suspendLength} > 4096 characters`);
  await build({
    logLevel: 'warn',
    base: './',
    build: {
      outDir: workDir,
      emptyOutDir: true,
      copyPublicDir: false,
      // The site's build just reported on the same plugins; once is enough.
      rolldownOptions: { checks: { pluginTimings: false } },
    },
  });
  const manifestFile = path.join(workDir, '.vite', 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
  const textFaces = textFacesToHead(workDir, manifest, './');
  const template = packageTemplate(fs.readFileSync(path.join(workDir, 'index.html'), 'utf8'));
  fs.rmSync(path.join(workDir, '.vite'), { recursive: true });
  fs.rmSync(path.join(workDir, 'index.html'));
  fs.copyFileSync(path.resolve('public', 'favicon.svg'), path.join(workDir, 'favicon.svg'));
  const assets = Object.fromEntries(
    filesUnder(workDir).map((file) => [file, fs.readFileSync(path.join(workDir, file))]),
  );

  const beasties = criticalCssInliner(workDir, './');
  fs.mkdirSync(path.join(outDir, 'scorm'), { recursive: true });
  const written = [];
  for (const lesson of server.packageLessons()) {
    const page = await server.renderPackagePage(lesson.slug);
    const head = [page.headHtml, ...textFaces, ...assetsFor(manifest, './', page.islands)].join(
      '\n    ',
    );
    const html = await beasties.process(fillTemplate(template, { head, content: page.html }));
    for (const { version } of server.packageVersions) {
      // The tag that tells the page it is in a package, of which version, for which questions.
      const launch = server.launchMeta({ version, slug: lesson.slug, questions: lesson.questions });
      const launchPage = withCsp(html.replace('</title>', `</title>${launch}`));
      const files = { 'index.html': strToU8(launchPage), ...assets };
      const xml = server.buildManifest({
        version,
        identifier: `entropic-${lesson.slug}`,
        title: lesson.title,
        launch: 'index.html',
        files: Object.keys(files),
      });
      const zip = zipSync(
        { 'imsmanifest.xml': strToU8(xml), ...files },
        // Fonts and images are compressed already; a fixed date keeps the zip reproducible.
        { level: 9, mtime: new Date('2026-01-01T00:00:00Z') },
      );
      // The check reads the list back from the XML, against the entries actually zipped.
      const zipped = [];
      unzipSync(zip, { filter: ({ name }) => (zipped.push(name), false) });
      server.checkManifest(
        xml,
        zipped.filter((name) => name !== 'imsmanifest.xml'),
      );
      const file = path.join(outDir, server.packageFile(lesson.slug, version));
      fs.writeFileSync(file, zip);
      written.push({ file, size: zip.length });
    }
  }
  fs.rmSync(workDir, { recursive: true, force: true });
  return { packages: written, suspendLength };
}
