import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** The closing quote for each opening one. */
const closingOf: Record<string, string> = { '‘': '’', '“': '”' };

/**
 * remark-smartypants reads a paragraph's text with its inline math left out, so in "half of
 * $P$'s mass" the apostrophe seems to follow "of " and becomes an opening quote. A quote glued
 * to the end of a formula always closes something (an apostrophe, or the end of a quotation):
 * this turns an opening quote there into its closing one. Runs after remark-smartypants.
 */
export default function remarkQuotesAfterMath() {
  return (tree: Root) => {
    visit(tree, 'inlineMath', (_math, index, parent) => {
      const next = index === undefined ? undefined : parent?.children[index + 1];
      if (next?.type !== 'text') return;
      const closing = closingOf[next.value.charAt(0)];
      if (closing) next.value = closing + next.value.slice(1);
    });
  };
}
