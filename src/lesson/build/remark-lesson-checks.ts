import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { lessonComponentNames } from '../component-names.ts';
import { LessonError } from './lesson-error.ts';
import { readFrontmatter } from './read-frontmatter.ts';
import { checkNumericQuestions } from './numeric-question-props.ts';

const registered = new Set<string>(lessonComponentNames);

/** Names a lesson declares itself with `import` or `export const`, which it may then use. */
function declaredNames(tree: Root): Set<string> {
  const names = new Set<string>();
  visit(tree, 'mdxjsEsm', (node) => {
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type === 'ImportDeclaration') {
        for (const spec of statement.specifiers) names.add(spec.local.name);
      } else if (statement.type === 'ExportNamedDeclaration') {
        const decl = statement.declaration;
        if (decl?.type === 'VariableDeclaration') {
          for (const d of decl.declarations) if (d.id.type === 'Identifier') names.add(d.id.name);
        } else if (decl?.type === 'FunctionDeclaration' && decl.id) {
          names.add(decl.id.name);
        }
      }
    }
  });
  return names;
}

/**
 * Build-time checks on one lesson: its frontmatter is valid, and every capitalised JSX
 * element is a registered lesson component (a typo would otherwise only fail in the
 * student's browser), and every NumericQuestion's key is computed, not typed in. Lower-case
 * names are HTML elements and pass. Checks across lessons (shape, links) run in lesson-index.ts.
 */
export default function remarkLessonChecks() {
  return (tree: Root, file: VFile) => {
    const path = file.path;
    readFrontmatter(tree, path);
    const local = declaredNames(tree);
    visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      const root = node.name?.split('.')[0];
      if (!root || !/^[A-Z]/.test(root) || registered.has(root) || local.has(root)) return;
      const start = node.position?.start;
      throw new LessonError(
        path,
        { line: start?.line ?? 1, column: start?.column },
        `unknown component <${node.name}>; lessons can use ${[...registered].join(', ')}`,
      );
    });
    checkNumericQuestions(tree, path);
  };
}
