import { Children, cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

const placeholder = /\{\{(\w+)\}\}/g;

/**
 * The code blocks with each `{{name}}` replaced by its computed value. Shiki has already split
 * the code into coloured spans, so this walks the element tree and rewrites text wherever it
 * sits (a placeholder lives inside one comment token). An unknown name throws, which stops the
 * prerender with the name in the message.
 */
export function fillPlaceholders(node: ReactNode, values: Record<string, string>): ReactNode {
  if (typeof node === 'string') {
    return node.replace(placeholder, (_, name: string) => {
      const value = values[name];
      if (value === undefined)
        throw new RangeError(`no computed value for {{${name}}} in this code lens`);
      return value;
    });
  }
  if (Array.isArray(node)) return Children.map(node, (child) => fillPlaceholders(child, values));
  if (!isValidElement(node)) return node;
  const element = node as ReactElement<{ children?: ReactNode }>;
  if (element.props.children === undefined) return element;
  return cloneElement(element, undefined, fillPlaceholders(element.props.children, values));
}
