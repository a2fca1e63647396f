declare module 'virtual:lessons' {
  import type { MDXContent } from 'mdx/types';
  import type { Toc } from '@stefanprobst/rehype-extract-toc';
  import type { LessonEntry } from './build/lesson-index';

  /** Every lesson's validated frontmatter, in `order`. */
  export const lessons: LessonEntry[];
  /** Loads a lesson module by slug (one chunk per lesson). */
  export const lessonLoaders: Record<
    string,
    () => Promise<{ default: MDXContent; tableOfContents: Toc }>
  >;
}
