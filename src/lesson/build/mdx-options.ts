import type { CompileOptions } from '@mdx-js/mdx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdxFrontmatter from 'remark-mdx-frontmatter';
import remarkMath from 'remark-math';
import remarkSmartypants from 'remark-smartypants';
import remarkSectionize from 'remark-sectionize';
import rehypeKatex from 'rehype-katex';
import rehypeSlug from 'rehype-slug';
import rehypeExtractToc from '@stefanprobst/rehype-extract-toc';
import rehypeExtractTocMdx from '@stefanprobst/rehype-extract-toc/mdx';
import remarkLessonChecks from './remark-lesson-checks.ts';
import remarkComponentImports from './remark-component-imports.ts';
import remarkChoiceRichText from './remark-choice-rich-text.ts';
import rehypeKatexErrors from './rehype-katex-errors.ts';
import rehypeMathGlue from './rehype-math-glue.ts';
import rehypeMathHtml from './rehype-math-html.ts';
import rehypeShiki from '@shikijs/rehype';
import remarkCodeLens from './remark-code-lens.ts';
import remarkQuotesAfterMath from './remark-quotes-after-math.ts';

/**
 * How every lesson is compiled, shared by the Vite build and the tests. A lesson module
 * exports its `frontmatter`, its `tableOfContents` (headings with ids) and the content.
 */
export const mdxOptions = {
  remarkPlugins: [
    remarkFrontmatter,
    remarkLessonChecks,
    remarkChoiceRichText,
    remarkCodeLens,
    remarkComponentImports,
    remarkMdxFrontmatter,
    remarkMath,
    // Typographic quotes in the prose: the serif has no straight double quote (its '"' is a
    // closing quote, as in TeX), so "like this" read ”like this”. Math, code and JSX
    // attributes are not prose and keep what the author typed.
    remarkSmartypants,
    remarkQuotesAfterMath,
    // Last, after the checks that read the headings in order: each heading and what follows it
    // becomes a <section>, which the browser may skip laying out until it nears the screen
    // (content-visibility in lesson.css).
    remarkSectionize,
  ],
  rehypePlugins: [
    rehypeSlug,
    rehypeExtractToc,
    rehypeExtractTocMdx,
    // Static formulas are typeset here, at build time: pages ship KaTeX's CSS, not its JS.
    [rehypeKatex, { strict: 'error' }],
    rehypeKatexErrors,
    rehypeMathGlue,
    rehypeMathHtml,
    // Code is highlighted here too, at build: the page ships the coloured spans, no highlighter.
    [
      rehypeShiki,
      {
        themes: { light: 'github-light-default', dark: 'github-dark-default' },
        defaultColor: 'light-dark()',
        langs: ['python'],
      },
    ],
  ],
} satisfies CompileOptions;
