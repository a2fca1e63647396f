// The service worker that lets every page work offline after one visit: Workbox's generateSW
// precaches the whole built site (pages, scripts, styles, fonts, the landscape worker). It runs
// after prerendering, because the pages it must cache are written by the prerender, not by
// Vite's build (which is why vite-plugin-pwa, which hooks Vite's build, does not fit here).
import path from 'node:path';
import { generateSW } from 'workbox-build';

/** Writes `<outDir>/sw.js`; resolves to the number of files and bytes precached. */
export async function buildServiceWorker(outDir, base) {
  const { count, size, warnings } = await generateSW({
    globDirectory: outDir,
    globPatterns: ['**/*.{html,js,css,woff2,svg,png,webmanifest,txt}'],
    // Packages for LMSs are downloads, not pages; compressed twins are the server's business;
    // the host script runs on instructors' pages, outside our scope. Inter's subsets for
    // scripts the lessons never use are fetched only if a page shows such letters, and offline
    // such letters fall back to a system face.
    globIgnores: [
      'scorm/**',
      '**/*.{gz,br}',
      'embed.js',
      'sw.js',
      'assets/inter-{cyrillic,cyrillic-ext,vietnamese,greek-ext,latin-ext}-*',
    ],
    swDest: path.join(outDir, 'sw.js'),
    // URLs in the precache are the site's, under its base path.
    modifyURLPrefix: { '': base },
    // A page's state lives in its query (?p=..., ?seed=...): any query serves the cached page.
    ignoreURLParametersMatching: [/.*/],
    directoryIndex: 'index.html',
    // Hashed assets can be big (KaTeX's fonts, the lesson chunks); none exceeds this.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    // A new version waits until the student accepts it (the update banner) or closes every tab,
    // so one page never mixes old HTML with new assets.
    skipWaiting: false,
    clientsClaim: false,
    cleanupOutdatedCaches: true,
    inlineWorkboxRuntime: true,
    sourcemap: false,
    mode: 'production',
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  return { count, size };
}
