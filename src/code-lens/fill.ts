import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

/**
 * A placeholder is written `__name__`: Python reads that as one identifier, so Shiki keeps it in
 * one token (in code or in a comment) and it is never split across coloured spans.
 */
const placeholder = /__([A-Za-z]\w*?)__/g;

/**
 * The code blocks with each `__name__` replaced by its computed value. Shiki has already split
 * the code into coloured spans, so this walks the element tree and rewrites text wherever it
 * sits. Names the example does not compute are left alone (Python's own `__init__` and the like).
 */
export function fillPlaceholders(node: ReactNode, values: Record<string, string>): ReactNode {
  if (typeof node === 'string') {
    return node.replace(placeholder, (whole, name: string) =>
      Object.hasOwn(values, name) ? values[name]! : whole,
    );
  }
  if (Array.isArray(node)) return Children.map(node, (child) => fillPlaceholders(child, values));
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<{ children?: ReactNode }>;
  if (element.props.children === undefined) return element;
  return cloneElement(element, undefined, fillPlaceholders(element.props.children, values));
}
