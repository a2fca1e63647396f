import fs from 'node:fs';
import type { Root } from 'mdast';
import path from 'node:path';
import type { LessonFrontmatter } from '../frontmatter.ts';
import { LessonError } from './lesson-error.ts';
import { readFrontmatterFromSource, type LocatedFrontmatter } from './read-frontmatter.ts';
import { parseLesson, readQuestions, type LessonQuestions } from './question-ids.ts';
import { anchorsOf, checkLinks, linksOf } from './lesson-links.ts';
import { checkQuestionCounts, checkSections } from './lesson-shape.ts';

/** One lesson as the site lists it: its frontmatter and its source path relative to the root. */
export interface LessonEntry extends LessonFrontmatter {
  /** e.g. `lessons/01-entropy.mdx`, the key Vite's manifest uses. */
  file: string;
  /** Ids of the lesson's quiz questions in page order: progress is "solved / questions.length". */
  questions: string[];
}

const lessonFileName = /^(\d{2})-([a-z0-9-]+)\.mdx$/;

/**
 * Reads every `NN-slug.mdx` in `dir`, validates each frontmatter and the checks that need all
 * lessons at once (file name matches slug, unique slugs, prerequisites exist), and returns the
 * lessons in `order`. Throws a LessonError naming the file and line of the first problem.
 */
export function readLessonIndex(dir: string, root = process.cwd()): LessonEntry[] {
  const files = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort();
  const read = files.map((name) => {
    const file = path.join(dir, name);
    const source = fs.readFileSync(file, 'utf8');
    const fm = readFrontmatterFromSource(source, file);
    const tree = parseLesson(source);
    return { name, file, fm, tree, ...readQuestions(tree, file) };
  });

  const bySlug = new Map<string, (typeof read)[number]>();
  for (const lesson of read) {
    const { name, file, fm } = lesson;
    const match = lessonFileName.exec(name);
    if (!match || match[2] !== fm.data.slug) {
      throw new LessonError(
        file,
        fm.placeOf(['slug']),
        `file name must be NN-${fm.data.slug}.mdx to match the slug "${fm.data.slug}"`,
      );
    }
    const earlier = bySlug.get(fm.data.slug);
    if (earlier) {
      throw new LessonError(
        file,
        fm.placeOf(['slug']),
        `duplicate slug "${fm.data.slug}": ${path.relative(root, earlier.file)} uses it too`,
      );
    }
    bySlug.set(fm.data.slug, lesson);
  }

  for (const { file, fm } of bySlug.values()) {
    fm.data.prerequisites.forEach((slug, i) => {
      if (!bySlug.has(slug)) {
        throw new LessonError(
          file,
          fm.placeOf(['prerequisites', i]),
          `prerequisite "${slug}" is not a lesson; known slugs: ${[...bySlug.keys()].join(', ')}`,
        );
      }
    });
  }

  checkBodies([...bySlug.values()]);

  return [...bySlug.values()]
    .map(({ file, fm, ids: questions }) => ({
      ...fm.data,
      file: path.relative(root, file).split(path.sep).join('/'),
      questions,
    }))
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/**
 * The checks on lessons' bodies, once every lesson is read: the lesson shape's sections and
 * question counts, and internal links.
 */
function checkBodies(
  lessons: readonly ({ file: string; fm: LocatedFrontmatter; tree: Root } & LessonQuestions)[],
): void {
  const anchors = new Map(lessons.map((l) => [l.fm.data.slug, anchorsOf(l.tree, l.ids)]));
  for (const { file, fm, tree, counts } of lessons) {
    checkSections(tree, file);
    checkQuestionCounts(tree, counts, file);
    checkLinks(linksOf(tree), fm.data.slug, anchors, file);
  }
}
