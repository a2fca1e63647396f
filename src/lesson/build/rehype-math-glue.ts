import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { hasClass } from './hast-classes.ts';

/**
 * Chromium may break a line right after an inline formula even when text follows it with no
 * space, so "than $X$." could leave the full stop alone at the start of the next line (seen in
 * a quiz choice on a phone). Wherever text is glued to a formula's end, this wraps the formula's
 * last part (KaTeX's last `.katex-base`) in `.katex-glue`, which does not wrap (lesson.css): the
 * line may still break between the formula's other parts (after an = or a +), never after it.
 * Runs after rehype-katex, before rehype-math-html turns formulas into HTML strings.
 */
export default function rehypeMathGlue() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!parent || index === undefined || !hasClass(node, 'katex')) return;
      const next = parent.children[index + 1];
      if (next?.type !== 'text' || !/^\S/.test(next.value)) return;
      const html = node.children.find((child) => hasClass(child, 'katex-html'));
      if (!html) return;
      const last = html.children.findLastIndex((child) => hasClass(child, 'katex-base'));
      if (last < 0) return;
      html.children[last] = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['katex-glue'] },
        children: [html.children[last]!],
      };
    });
  };
}
