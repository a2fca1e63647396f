import { defineConfig, type Plugin } from 'vite';
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

// BASE_PATH lets the built site live under a sub-path (e.g. /courses/entropic/).
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  base: base.endsWith('/') ? base : base + '/',
  plugins: [
    { enforce: 'pre', ...mdx({ ...mdxOptions, include: /\.mdx$/ }) },
    react({ include: /\.(mdx|tsx?)$/ }),
    lessonsPlugin(process.env.LESSONS_DIR ?? 'lessons'),
    pureMetrics(),
    devEntry(),
  ],
  build: { manifest: true },
});
