import path from 'node:path';
import type { Plugin } from 'vite';
import { readLessonIndex } from './lesson-index.ts';

const publicId = 'virtual:lessons';
const resolvedId = '\0' + publicId;

/**
 * Serves `virtual:lessons`: the validated lesson index (frontmatter of every lesson, in order)
 * and a lazy loader per slug, so the lesson list never pulls in a lesson's body. Reading the
 * index runs the cross-file checks, so a broken lesson set fails `vite build` and `vite dev`.
 */
export function lessonsPlugin(dir: string): Plugin {
  const lessonsDir = path.resolve(dir);
  return {
    name: 'entropic-lessons',
    resolveId(id) {
      return id === publicId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      const lessons = readLessonIndex(lessonsDir);
      const loaders = lessons.map(
        (l) => `  ${JSON.stringify(l.slug)}: () => import(${JSON.stringify('/' + l.file)}),`,
      );
      return [
        `export const lessons = ${JSON.stringify(lessons)};`,
        `export const lessonLoaders = {\n${loaders.join('\n')}\n};`,
      ].join('\n');
    },
    // Any edit, new or deleted lesson may change the index: rebuild it and reload the page.
    configureServer(server) {
      const refresh = (file: string) => {
        if (!file.startsWith(lessonsDir)) return;
        const index = server.moduleGraph.getModuleById(resolvedId);
        if (index) server.moduleGraph.invalidateModule(index);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', refresh);
      server.watcher.on('unlink', refresh);
      server.watcher.on('change', refresh);
    },
  };
}
