import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import type { Node as EsNode, Property } from 'estree';
import katex from 'katex';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { valueToEstree } from 'estree-util-value-to-estree';
import { visit } from 'unist-util-visit';
import { LessonError } from './lesson-error.ts';
import rehypeMathGlue from './rehype-math-glue.ts';

/** The option fields whose `$...$` math and `` `code` `` are typeset, like the prose around them. */
const typesetKeys = new Set(['label', 'feedback']);

/**
 * `$tex$` and `` `code` `` spans (neither with its own delimiter inside), the prose's inline
 * delimiters: group 1 is TeX, group 2 code.
 */
const inlineSpans = /\$([^$]+)\$|`([^`]+)`/g;

/**
 * A text with `$...$` and `` `...` `` spans as HTML: the math typeset by KaTeX (with its MathML,
 * so screen readers read it), the code in `<code>` as in the prose, everything else escaped;
 * text glued to a formula's end stays on its line, as in the prose. Throws KaTeX's error for
 * invalid TeX.
 */
export function typesetInline(text: string): string {
  const escape = (value: string) => toHtml({ type: 'text', value });
  let html = '';
  let last = 0;
  for (const match of text.matchAll(inlineSpans)) {
    const [, tex, code] = match;
    html += escape(text.slice(last, match.index));
    html +=
      tex !== undefined
        ? katex.renderToString(tex, { throwOnError: true, strict: 'error' })
        : `<code>${escape(code!)}</code>`;
    last = match.index + match[0].length;
  }
  const tree = fromHtml(html + escape(text.slice(last)), { fragment: true });
  rehypeMathGlue()(tree);
  return toHtml(tree);
}

/** The text a student reads where HTML cannot go (an option quoted in feedback): delimiters dropped. */
export function plainText(text: string): string {
  return text.replace(
    inlineSpans,
    (_, tex: string | undefined, code: string | undefined) => tex ?? code!,
  );
}

function* properties(node: EsNode): Generator<Property> {
  if (node.type === 'ArrayExpression') {
    for (const element of node.elements) if (element) yield* properties(element as EsNode);
  } else if (node.type === 'ObjectExpression') {
    for (const p of node.properties) if (p.type === 'Property') yield p;
  }
}

/**
 * ChoiceQuestion options are JavaScript strings, which the Markdown passes never see. This
 * typesets their `$...$` and `` `code` `` at build, as the prose's are: such a string becomes
 * `{ text, html }`, so the page ships no TeX engine. Invalid TeX fails the build at its line.
 */
export default function remarkChoiceRichText() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'mdxJsxFlowElement', (element: MdxJsxFlowElement) => {
      if (element.name !== 'ChoiceQuestion') return;
      const options = element.attributes.find(
        (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'options',
      );
      const program = typeof options?.value === 'object' ? options.value?.data?.estree : undefined;
      const statement = program?.body[0];
      if (statement?.type !== 'ExpressionStatement') return;
      for (const property of properties(statement.expression as EsNode)) {
        const key = property.key.type === 'Identifier' ? property.key.name : undefined;
        const value = property.value;
        if (!key || !typesetKeys.has(key) || value.type !== 'Literal') continue;
        if (typeof value.value !== 'string' || !/[$`]/.test(value.value)) continue;
        let html: string;
        try {
          html = typesetInline(value.value);
        } catch (error) {
          // MDX gives expression nodes their place in the file (0-based columns); the
          // element's own place is the fallback.
          const place = value.loc
            ? { line: value.loc.start.line, column: value.loc.start.column + 1 }
            : { line: element.position?.start.line ?? 1, column: element.position?.start.column };
          throw new LessonError(
            file.path,
            place,
            `invalid TeX in a ChoiceQuestion ${key}: ${(error as Error).message.replace(/^KaTeX parse error: /, '')}`,
          );
        }
        property.value = valueToEstree({ text: plainText(value.value), html }) as typeof value;
      }
    });
  };
}
