import type { Code, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { LessonError } from './lesson-error.ts';

/** How many entries a literal array attribute (`tabs={['NumPy', 'PyTorch']}`) has, if it is one. */
function arrayLength(attribute: MdxJsxAttribute | undefined): number | undefined {
  const value = attribute?.value;
  const statement = typeof value === 'object' ? value?.data?.estree?.body[0] : undefined;
  if (statement?.type !== 'ExpressionStatement') return undefined;
  const expression = statement.expression;
  return expression.type === 'ArrayExpression' ? expression.elements.length : undefined;
}

/**
 * `<CodeLens id="..." tabs={[...]} example="...">` holding one fenced code block per tab: each
 * block is wrapped in its tab panel (the ids the component's tabs point at) so that Shiki, later
 * in the pipeline, highlights the code where it sits. The `__placeholders__` in the code are filled
 * with values computed by src/metrics when the page is prerendered (src/code-lens/fill.ts).
 */
export default function remarkCodeLens() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'mdxJsxFlowElement', (element: MdxJsxFlowElement) => {
      if (element.name !== 'CodeLens') return;
      const fail = (reason: string): never => {
        const place = {
          line: element.position?.start.line ?? 1,
          column: element.position?.start.column,
        };
        throw new LessonError(file.path, place, `CodeLens: ${reason}`);
      };
      const attribute = (name: string) =>
        element.attributes.find(
          (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name,
        );
      const id = attribute('id')?.value;
      if (typeof id !== 'string' || id === '') fail('needs an id="..."');
      const tabs = arrayLength(attribute('tabs')) ?? fail("needs tabs={['NumPy', 'PyTorch']}");
      const blocks = element.children.filter((c): c is Code => c.type === 'code');
      if (blocks.length !== element.children.length || blocks.length !== tabs) {
        fail(`${tabs} tabs need ${tabs} fenced code blocks and nothing else inside`);
      }
      element.children = blocks.map((block, i) => ({
        type: 'paragraph',
        // mdast-util-to-hast turns this node into the element named here, the code inside it.
        data: {
          hName: 'div',
          hProperties: {
            className: ['code-panel'],
            role: 'tabpanel',
            id: `${id as string}-panel-${i}`,
            'aria-labelledby': `${id as string}-tab-${i}`,
            tabIndex: 0,
            dataIndex: i,
          },
        },
        children: [block as never],
      }));
    });
  };
}
