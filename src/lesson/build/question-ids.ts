import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import { visit } from 'unist-util-visit';
import { LessonError } from './lesson-error.ts';
import type { QuestionCounts } from './lesson-shape.ts';

/** The lesson components that are quiz questions: each counts toward the lesson's progress. */
export const questionComponentNames = ['NumericQuestion', 'ChoiceQuestion', 'Challenge'] as const;

const questionNames = new Set<string>(questionComponentNames);
const idPattern = /^[A-Za-z0-9_-]+$/;
// The same syntax extensions as the compiler (mdx-options.ts), so `$\frac{a}{b}$` is math, not JS.
const parser = createProcessor({ remarkPlugins: [[remarkFrontmatter, ['yaml']], remarkMath] });

/** Parses a lesson's source with the compiler's syntax (frontmatter, math, MDX). */
export function parseLesson(source: string): Root {
  return parser.parse(source) as Root;
}

/** A lesson's question ids in page order, and how many of each kind it has. */
export interface LessonQuestions {
  ids: string[];
  counts: QuestionCounts;
}

/**
 * The ids of a lesson's questions, in page order, read from its source when the index is built:
 * the lesson list and the lesson page then know "N" before anything renders, on the server and
 * in the browser alike. Each question needs a literal, unique `id="..."`: it is the key its
 * progress is stored under. Also counts the kinds, for the lesson-shape check.
 */
export function readQuestions(tree: Root, file: string): LessonQuestions {
  const ids: string[] = [];
  const counts: QuestionCounts = { total: 0, seeded: 0, choice: 0, challenge: 0 };
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (!node.name || !questionNames.has(node.name)) return;
    const place = { line: node.position?.start.line ?? 1, column: node.position?.start.column };
    const attribute = (name: string) =>
      node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
    const id = attribute('id');
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
    counts.total += 1;
    if (node.name === 'ChoiceQuestion') counts.choice += 1;
    if (node.name === 'Challenge') counts.challenge += 1;
    // `seeded` alone is true; `seeded={false}` is not.
    const seeded = attribute('seeded');
    const off = typeof seeded?.value === 'object' && seeded.value?.value.trim() === 'false';
    if (seeded && !off) counts.seeded += 1;
  });
  return { ids, counts };
}

/** The ids of a lesson's questions, in page order (see readQuestions). */
export function readQuestionIds(source: string, file: string): string[] {
  return readQuestions(parseLesson(source), file).ids;
}
