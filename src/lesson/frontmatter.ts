import { z } from 'zod';

/** Lower-case words joined by hyphens: the lesson's URL segment. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

/** What every lesson declares in its YAML frontmatter, checked at build. */
export const lessonFrontmatterSchema = z.strictObject({
  title: z.string().trim().min(1, 'must not be empty'),
  slug: slugSchema,
  summary: z.string().trim().min(1, 'must not be empty').max(300, 'must be at most 300 characters'),
  order: z.number().int().positive(),
  minutes: z.number().int().positive().max(120),
  concepts: z.array(z.string().trim().min(1)).min(1, 'must list at least one concept'),
  prerequisites: z.array(slugSchema).default([]),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
