import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { LessonError } from './lesson-error.ts';

/**
 * rehype-katex reports invalid TeX as a warning and renders it in red; a lesson must not ship
 * like that, so this plugin (placed after it) turns the first such warning into a build error.
 */
export default function rehypeKatexErrors() {
  return (_tree: unknown, file: VFile) => {
    const message = file.messages.find((m) => m.source === 'rehype-katex');
    if (!message) return;
    const cause = message.cause instanceof Error ? message.cause.message : String(message.cause);
    // The math element itself may carry no position; its nearest positioned ancestor does.
    const ancestors = (message.ancestors ?? []) as Node[];
    const start = ancestors.findLast((node) => node.position)?.position?.start;
    throw new LessonError(
      file.path,
      { line: start?.line ?? 1, column: start?.column },
      `invalid TeX: ${cause.replace(/^KaTeX parse error: /, '')}`,
    );
  };
}
