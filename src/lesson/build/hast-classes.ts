import type { Element, ElementContent } from 'hast';

/** A hast node's classes: none for text, comments and the like. */
export function classesOf(node: ElementContent | undefined): unknown[] {
  const classes = node?.type === 'element' ? node.properties.className : undefined;
  return Array.isArray(classes) ? classes : [];
}

/** Whether `node` is an element with the class `name`. */
export function hasClass(node: ElementContent | undefined, name: string): node is Element {
  return classesOf(node).includes(name);
}
