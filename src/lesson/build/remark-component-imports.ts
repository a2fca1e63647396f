import path from 'node:path';
import type { Program } from 'estree';
import type { Root } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import { visit } from 'unist-util-visit';
import { lessonComponentNames, staticComponentNames } from '../component-names.ts';

const registered = new Set<string>(lessonComponentNames);
const staticOnly = new Set<string>(staticComponentNames);
const componentsDir = path.resolve(import.meta.dirname, '../components');
const islandModule = path.resolve(import.meta.dirname, '../../app/islands/island.tsx');

/** Where the lesson component `name` lives: one module each, in src/lesson/components/. */
export function componentModule(name: string): string {
  return path.join(componentsDir, `${name}.tsx`);
}

const id = (name: string) => ({ type: 'Identifier' as const, name });
const literal = (value: string) => ({ type: 'Literal' as const, value });

function esm(body: Program['body']): MdxjsEsm {
  return {
    type: 'mdxjsEsm',
    value: '',
    data: { estree: { type: 'Program', sourceType: 'module', body } },
  };
}

/**
 * `import Name from ".../components/Name.tsx"` for a static component (rendered at build only);
 * for an interactive one, `export const Name = island("Name", Imported)`, so the page hydrates
 * it alone and ships no code for the prose around it.
 */
function importOf(name: string): MdxjsEsm {
  const local = staticOnly.has(name) ? name : `_${name}`;
  const load: Program['body'][number] = {
    type: 'ImportDeclaration',
    specifiers: [{ type: 'ImportDefaultSpecifier', local: id(local) }],
    source: literal(componentModule(name)),
    attributes: [],
  };
  if (staticOnly.has(name)) return esm([load]);
  return esm([
    load,
    {
      type: 'ExportNamedDeclaration',
      specifiers: [],
      attributes: [],
      declaration: {
        type: 'VariableDeclaration',
        kind: 'const',
        declarations: [
          {
            type: 'VariableDeclarator',
            id: id(name),
            init: {
              type: 'CallExpression',
              optional: false,
              callee: id('_island'),
              arguments: [literal(name), id(local)],
            },
          },
        ],
      },
    },
  ]);
}

/**
 * Adds the imports of every registered component a lesson uses. Lessons never write imports,
 * yet each lesson's page loads only the widgets it shows: the lesson list and a lesson without
 * widgets load none of their code. (remark-lesson-checks has already rejected unknown names.)
 */
export default function remarkComponentImports() {
  return (tree: Root) => {
    const used = new Set<string>();
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      if (node.name && registered.has(node.name)) used.add(node.name);
    });
    const names = [...used].sort();
    const islandImport = esm([
      {
        type: 'ImportDeclaration',
        specifiers: [{ type: 'ImportSpecifier', imported: id('island'), local: id('_island') }],
        source: literal(islandModule),
        attributes: [],
      },
    ]);
    const needsIsland = names.some((name) => !staticOnly.has(name));
    tree.children.unshift(...(needsIsland ? [islandImport] : []), ...names.map(importOf));
  };
}
