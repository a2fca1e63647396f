import type { Element, ElementContent, Root } from 'hast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { toHtml } from 'hast-util-to-html';
import { valueToEstree } from 'estree-util-value-to-estree';
import { SKIP, visit } from 'unist-util-visit';
import { classesOf } from './hast-classes.ts';

function attribute(name: string, value: string): MdxJsxAttribute {
  return { type: 'mdxJsxAttribute', name, value };
}

/**
 * Hands each formula KaTeX typeset to React as one HTML string instead of hundreds of JSX
 * elements: lesson chunks shrink and hydration skips the formula's insides, which no script
 * ever changes. A display formula wider than the screen scrolls sideways (lesson.css), and
 * keyboard users can only scroll what they can focus, so display formulas join the tab order.
 */
export default function rehypeMathHtml() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      const classes = classesOf(node);
      const display = classes.includes('katex-display');
      if (!parent || index === undefined || (!display && !classes.includes('katex'))) return;
      const html = toHtml(node.children);
      const replacement: MdxJsxTextElement = {
        type: 'mdxJsxTextElement',
        name: 'span',
        attributes: [
          attribute('className', classes.join(' ')),
          ...(display ? [attribute('tabIndex', '0')] : []),
          {
            type: 'mdxJsxAttribute',
            name: 'dangerouslySetInnerHTML',
            value: {
              type: 'mdxJsxAttributeValueExpression',
              value: '',
              data: {
                estree: {
                  type: 'Program',
                  sourceType: 'module',
                  body: [
                    { type: 'ExpressionStatement', expression: valueToEstree({ __html: html }) },
                  ],
                },
              },
            },
          },
        ],
        children: [],
      };
      parent.children[index] = replacement as unknown as ElementContent;
      return SKIP;
    });
  };
}
