import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import mdx from '@mdx-js/rollup';
import { mdxOptions } from './src/lesson/build/mdx-options.ts';
import { lessonsPlugin } from './src/lesson/build/vite-plugin-lessons.ts';

// BASE_PATH lets the built site live under a sub-path (e.g. /courses/entropic/).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base: base.endsWith('/') ? base : base + '/',
  plugins: [
    { enforce: 'pre', ...mdx({ ...mdxOptions, include: /\.mdx$/ }) },
    react({ include: /\.(mdx|tsx?)$/ }),
    lessonsPlugin(process.env.LESSONS_DIR ?? 'lessons'),
  ],
  build: {
    manifest: true,
    // Fonts stay files, never data: URLs: the Content-Security-Policy allows fonts from our own
    // origin only (scripts/csp.mjs), and the service worker caches files.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
  },
});
