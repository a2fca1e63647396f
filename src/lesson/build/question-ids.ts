import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { LessonError } from './lesson-error.ts';

/** The lesson components that are quiz questions: each counts toward the lesson's progress. */
export const questionComponentNames = ['NumericQuestion', 'ChoiceQuestion', 'Challenge'] as const;

const questionNames = new Set<string>(questionComponentNames);
const idPattern = /^[A-Za-z0-9_-]+$/;
// The same syntax extensions as the compiler (mdx-options.ts), so `$\frac{a}{b}$` is math, not JS.
const parser = createProcessor({ remarkPlugins: [[remarkFrontmatter, ['yaml']], remarkMath] });

/**
 * The ids of a lesson's questions, in page order, read from its source when the index is built:
 * the lesson list and the lesson page then know "N" before anything renders, on the server and
 * in the browser alike. Each question needs a literal, unique `id="..."`: it is the key its
 * progress is stored under.
 */
export function readQuestionIds(source: string, file: string): string[] {
  const tree = parser.parse(source) as Root;
  const ids: string[] = [];
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (!node.name || !questionNames.has(node.name)) return;
    const place = { line: node.position?.start.line ?? 1, column: node.position?.start.column };
    const id = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
    if (typeof id?.value !== 'string' || !idPattern.test(id.value)) {
      throw new LessonError(
        file,
        place,
        `<${node.name}> needs id="..." (letters, digits, - and _): progress is stored by it`,
      );
    }
    if (ids.includes(id.value)) {
      throw new LessonError(file, place, `duplicate question id "${id.value}"`);
    }
    ids.push(id.value);
  });
  return ids;
}
