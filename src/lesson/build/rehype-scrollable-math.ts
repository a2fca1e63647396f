import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * A display formula wider than the screen scrolls sideways (see lesson.css). Keyboard users
 * can only scroll what they can focus, so each display formula joins the tab order.
 */
export default function rehypeScrollableMath() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties.className;
      if (Array.isArray(classes) && classes.includes('katex-display')) node.properties.tabIndex = 0;
    });
  };
}
