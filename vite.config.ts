import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import type { Plugin as PostcssPlugin } from 'postcss';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import { mdxOptions } from './src/lesson/build/mdx-options.ts';
import { lessonsPlugin } from './src/lesson/build/vite-plugin-lessons.ts';

/**
 * src/metrics is pure math (no side effects, by design and by lint rule). Saying so lets the
 * bundler skip its index's re-exports: a chunk holds only the metrics it uses, so the P/Q widget
 * does not carry the KL explorer's quadrature.
 */
function pureMetrics(): Plugin {
  return {
    name: 'entropic-pure-metrics',
    transform(code, id) {
      if (/[\\/]src[\\/]metrics[\\/]/.test(id))
        return { code, map: null, moduleSideEffects: false };
      return undefined;
    },
  };
}

/**
 * The dev server prerenders nothing, so its pages render the whole app in the browser
 * (render-app.tsx); built pages hydrate only their islands (main.tsx).
 */
function devEntry(): Plugin {
  return {
    name: 'entropic-dev-entry',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace('/src/app/main.tsx', '/src/app/render-app.tsx'),
  };
}

/**
 * What the page chrome's islands (src/app/islands/chrome.ts) hydrate at load: the theme toggle,
 * lesson progress, and their stores.
 */
const chromeModules =
  /[\\/]src[\\/](app[\\/](ThemeToggle|useSystemDark|ContinueReading)|store[\\/](settings|progress|progress-schema|safe-storage|last-lesson|read-last-lesson)|quiz[\\/](LessonProgress|ProgressNotice|ProgressTools|ConfirmButton|lesson-context|question-anchor)|app[\\/]offline[\\/](ConnectionNotes|useOnline|service-worker))\.tsx?$/;

/**
 * zustand's middleware (persist) serves only the chrome's stores, so it goes with them rather than
 * with the libraries: a widget's page, which has no chrome, skips its 0.8 KiB gzip.
 */
const zustandMiddleware = /node_modules[\\/]zustand[\\/]esm[\\/]middleware/;
const libraries = /node_modules[\\/](zod|zustand)[\\/]/;

/**
 * What every widget's page loads besides the widget itself: its error boundary, URL state and
 * notices, the store, the drag, axes and d3's scales, and the embed page's steering. Left to
 * itself the bundler cuts these into about ten chunks, by which widgets share them; as one chunk
 * they weigh 1.1 KiB gzip less on the KL explorer's page. A lesson's first quiz or figure island
 * now fetches the whole kit (7 KiB gzip, once for the site) instead of three small pieces of it.
 */
const widgetKitModules =
  /[\\/]src[\\/](lesson[\\/]WidgetBoundary|widgets[\\/]shared[\\/](Axis|copy-embed-link|url-params|WidgetNotices|format|useSvgDrag|CopyLinkButton|slider-keys|ReadoutRow|embed-target-of|d3-unused[\\/]\w+)|embed[\\/]widget-embed|store[\\/](widget-store|settled-subscribe)|metrics[\\/](validate|sum|units))\.tsx?$|node_modules[\\/](d3-scale|d3-array|internmap)[\\/]/;

/**
 * Fontsource declares Inter with `font-display: swap`; the site's text faces are `optional`
 * (src/styles/fonts.css says why), so this sets Inter's faces to match.
 */
function interDisplayOptional(): PostcssPlugin {
  return {
    postcssPlugin: 'entropic-inter-display-optional',
    AtRule: {
      'font-face': (rule) => {
        const inter = rule.nodes?.some(
          (node) => node.type === 'decl' && node.prop === 'font-family' && /Inter/.test(node.value),
        );
        if (!inter) return;
        rule.walkDecls('font-display', (display) => {
          display.value = 'optional';
        });
      },
    },
  };
}

// BASE_PATH lets the built site live under a sub-path (e.g. /courses/entropic/).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base: base.endsWith('/') ? base : base + '/',
  resolve: {
    // d3-scale's interpolation of anything but numbers (and with it d3-color) and its tick
    // formats, which no page uses: about 7 KiB gzip off every widget (see the two stand-ins for
    // why each is safe).
    alias: {
      'd3-interpolate': fileURLToPath(
        new URL('src/widgets/shared/d3-unused/interpolate.ts', import.meta.url),
      ),
      'd3-format': fileURLToPath(
        new URL('src/widgets/shared/d3-unused/format.ts', import.meta.url),
      ),
    },
  },
  plugins: [
    { enforce: 'pre', ...mdx({ ...mdxOptions, include: /\.mdx$/ }) },
    react({ include: /\.(mdx|tsx?)$/ }),
    lessonsPlugin(process.env.LESSONS_DIR ?? 'lessons'),
    pureMetrics(),
    devEntry(),
  ],
  // Workers are bundled apart, with plugins of their own: the landscape worker's metrics are as
  // pure as the page's.
  worker: { plugins: () => [pureMetrics()] },
  css: { postcss: { plugins: [interDisplayOptional()] } },
  build: {
    manifest: true,
    // The build's preload lists would name every island's chunks in the entry every page
    // fetches; each page lists its own islands' instead (scripts/page-assets.mjs).
    modulePreload: false,
    // Fonts stay files, never data: URLs: the Content-Security-Policy allows fonts from our own
    // origin only (scripts/csp.mjs), and the service worker caches files.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
    rolldownOptions: {
      output: {
        // Every page hydrates its chrome at load. Left to itself the bundler cuts that code into
        // about ten small chunks, and on HTTP/1.1 the requests queue before the first paint;
        // two chunks (libraries, chrome) fetch the same bytes in two requests. Widget pages
        // likewise get one chunk of shared widget code (widgetKitModules).
        codeSplitting: {
          // Only the modules named; what they import stays where the bundler puts it.
          includeDependenciesRecursively: false,
          groups: [
            { name: 'libs', test: (id) => libraries.test(id) && !zustandMiddleware.test(id) },
            { name: 'chrome', test: (id) => chromeModules.test(id) || zustandMiddleware.test(id) },
            { name: 'widget-kit', test: widgetKitModules },
          ],
        },
      },
    },
  },
});
