import path from 'node:path';
import type { Root } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import { lessonComponentNames } from '../component-names.ts';

const registered = new Set<string>(lessonComponentNames);
const componentsDir = path.resolve(import.meta.dirname, '../components');

/** Where the lesson component `name` lives: one module each, in src/lesson/components/. */
export function componentModule(name: string): string {
  return path.join(componentsDir, `${name}.tsx`);
}

/**
 * Adds `import Name from "src/lesson/components/Name.tsx"` for every registered component a
 * lesson uses. Lessons never write imports, yet each lesson's chunk carries only the widgets
 * it shows: the lesson list and a lesson without widgets load none of their code.
 * (remark-lesson-checks has already rejected unknown names.)
 */
export default function remarkComponentImports() {
  return (tree: Root) => {
    const used = new Set<string>();
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (node.name && registered.has(node.name)) used.add(node.name);
    });
    const imports: MdxjsEsm[] = [...used].sort().map((name) => ({
      type: 'mdxjsEsm',
      value: '',
      data: {
        estree: {
          type: 'Program',
          sourceType: 'module',
          body: [
            {
              type: 'ImportDeclaration',
              specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
              source: { type: 'Literal', value: componentModule(name) },
              attributes: [],
            },
          ],
        },
      },
    }));
    tree.children.unshift(...imports);
  };
}
