import { z } from 'zod';

/** Lower-case words joined by hyphens: the lesson's URL segment. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

/**
 * Text shown as written: the prose gets its curly quotes from remark-smartypants at build, the
 * frontmatter does not pass through it, so a straight quote here would stand out on the page.
 */
const shownText = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .refine((text) => !/['"]/.test(text), 'has a straight quote: write ’ or “ ” as in the prose');

/** What every lesson declares in its YAML frontmatter, checked at build. */
export const lessonFrontmatterSchema = z.strictObject({
  title: shownText,
  slug: slugSchema,
  summary: shownText.max(300, 'must be at most 300 characters'),
  order: z.number().int().positive(),
  minutes: z.number().int().positive().max(120),
  concepts: z.array(z.string().trim().min(1)).min(1, 'must list at least one concept'),
  prerequisites: z.array(slugSchema).default([]),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
