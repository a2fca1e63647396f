import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { LessonError } from './lesson-error.ts';

/**
 * The sections every lesson has, in this order (the content brief's lesson shape): an H2 whose
 * text starts with one of `starts` for each. Other H2 and H3 sections may sit between them.
 */
export const lessonSections: readonly { name: string; starts: readonly string[] }[] = [
  { name: 'What this page is for', starts: ['What this page is for'] },
  { name: 'Why it matters', starts: ['Why it matters'] },
  { name: 'What you need first', starts: ['What you need first'] },
  { name: 'Intuition', starts: ['Intuition'] },
  { name: 'The formal core', starts: ['The formal core', 'The definition'] },
  { name: 'A worked example', starts: ['A worked example'] },
  { name: 'Computation lens', starts: ['Computation lens'] },
  { name: 'Application lens', starts: ['Application lens'] },
  { name: 'Quiz', starts: ['Quiz'] },
  { name: 'Stop here', starts: ['Stop here'] },
  { name: 'Go deeper', starts: ['Go deeper'] },
];

/** The fewest questions of each kind a lesson has (content brief: "at least 6", and the mix). */
export const questionMinimums = { total: 6, seeded: 2, choice: 1, challenge: 1 } as const;

const lineOf = (node: { position?: { start: { line: number } } } | undefined) =>
  node?.position?.start.line ?? 1;

/**
 * Throws a LessonError at the place a section is missing: the first H2 after the last section
 * found in order (where the missing one belongs), or the end of the lesson.
 */
export function checkSections(tree: Root, file: string): void {
  const h2: Heading[] = [];
  visit(tree, 'heading', (node) => {
    if (node.depth === 2) h2.push(node);
  });
  let next = 0; // the first H2 not yet used by an earlier section
  let previous = '(the start)';
  for (const section of lessonSections) {
    const found = h2.findIndex(
      (h, i) => i >= next && section.starts.some((s) => toString(h).startsWith(s)),
    );
    if (found === -1) {
      const here = h2[next] ?? tree.children.at(-1);
      throw new LessonError(
        file,
        { line: here === h2[next] ? lineOf(here) : (here?.position?.end.line ?? 1) },
        `missing section "${section.name}": the lesson shape needs an H2 starting with ` +
          `${section.starts.map((s) => `"${s}"`).join(' or ')} after "${previous}"`,
      );
    }
    next = found + 1;
    previous = toString(h2[found]!);
  }
}

/** How many questions of each kind a lesson has, as read from its source. */
export interface QuestionCounts {
  total: number;
  seeded: number;
  choice: number;
  challenge: number;
}

/** Throws a LessonError (at the Quiz heading, or line 1) when a count is below its minimum. */
export function checkQuestionCounts(tree: Root, counts: QuestionCounts, file: string): void {
  let quiz: Heading | undefined;
  visit(tree, 'heading', (node) => {
    if (!quiz && node.depth === 2 && toString(node).startsWith('Quiz')) quiz = node;
  });
  const short = (Object.keys(questionMinimums) as (keyof QuestionCounts)[]).filter(
    (kind) => counts[kind] < questionMinimums[kind],
  );
  if (short.length === 0) return;
  const what = short.map((k) => `${k} ${counts[k]} (needs ${questionMinimums[k]})`).join(', ');
  throw new LessonError(file, { line: lineOf(quiz) }, `too few questions: ${what}`);
}
