import type { Expression } from 'estree';
import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { z } from 'zod';
import type { QuantityName } from '../../quiz/quantities.ts';
import { LessonError } from './lesson-error.ts';

const quantityNames = [
  'entropy',
  'crossEntropy',
  'klDivergence',
  'jsDivergence',
  'mutualInformation',
  'informationGain',
  'gaussianKl',
] as const satisfies readonly QuantityName[];
// Fails to compile when quantities.ts gains a name this list lacks.
const everyName: Exclude<QuantityName, (typeof quantityNames)[number]> extends never
  ? true
  : false = true;
void everyName;

// The metrics' own checks (src/metrics/validate.ts) are not imported here: the Vite config loads
// this file, and the metrics' extensionless imports do not load there. The same rules, in zod.
const sumsToOne = (values: readonly number[]) =>
  Math.abs(values.reduce((a, b) => a + b, 0) - 1) <= 1e-9;
const distribution = z
  .array(z.number().min(0))
  .min(1)
  .refine(sumsToOne, 'must be probabilities that sum to 1');
const joint = z
  .array(z.array(z.number().min(0)).min(1))
  .min(1)
  .refine((rows) => rows.every((r) => r.length === rows[0]!.length), 'rows must be equally long')
  .refine((rows) => sumsToOne(rows.flat()), 'must be probabilities that sum to 1');
const gaussian = z.strictObject({ mu: z.number(), sigma: z.number().positive() });
const counts = z
  .array(z.array(z.number().int().min(0)).min(1))
  .min(1)
  .refine((rows) => rows.flat().some((c) => c > 0), 'needs at least one sample');

/**
 * The props a NumericQuestion takes (NumericQuestionProps): its key is computed from `of` and
 * these parameters, so any other prop (an `answer`, `key` or `value` typed in) is an error.
 */
const propsSchema = z
  .strictObject({
    id: z.string(),
    of: z.enum(quantityNames),
    p: distribution.optional(),
    q: distribution.optional(),
    joint: joint.optional(),
    split: counts.optional(),
    gaussians: z.strictObject({ p: gaussian, q: gaussian }).optional(),
    unit: z.enum(['bits', 'nats']).optional(),
    decimals: z.number().int().min(0).max(10).optional(),
    absTol: z.number().positive().optional(),
    relTol: z.number().positive().optional(),
    seeded: z.boolean().optional(),
    given: z.array(z.enum(quantityNames)).optional(),
    hints: z.array(z.string()).optional(),
  })
  .superRefine((props, ctx) => {
    const needs: Record<QuantityName, (keyof typeof props)[]> = {
      entropy: ['p'],
      crossEntropy: ['p', 'q'],
      klDivergence: ['p', 'q'],
      jsDivergence: ['p', 'q'],
      mutualInformation: ['joint'],
      informationGain: ['split'],
      gaussianKl: ['gaussians'],
    };
    for (const key of needs[props.of]) {
      if (props[key] === undefined) {
        ctx.addIssue({ code: 'custom', path: [key], message: `of="${props.of}" needs ${key}` });
      }
    }
    if (props.q && props.p && props.q.length !== props.p.length) {
      ctx.addIssue({ code: 'custom', path: ['q'], message: 'must have as many entries as p' });
    }
  });

/** Thrown inside `staticValue` for an expression the build cannot read as plain data. */
class NotStatic extends Error {}

/**
 * The value of a literal expression (numbers, strings, booleans, arrays, a leading minus), or of
 * a name the lesson exports as such a literal: the build must see the numbers to check them.
 */
function staticValue(node: Expression, names: ReadonlyMap<string, Expression>): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'ArrayExpression':
      return node.elements.map((e) => {
        if (!e || e.type === 'SpreadElement') throw new NotStatic();
        return staticValue(e, names);
      });
    case 'ObjectExpression':
      return Object.fromEntries(
        node.properties.map((property) => {
          if (property.type !== 'Property' || property.computed || property.kind !== 'init') {
            throw new NotStatic();
          }
          const key = property.key;
          const name =
            key.type === 'Identifier' ? key.name : key.type === 'Literal' ? key.value : undefined;
          if (typeof name !== 'string') throw new NotStatic();
          return [name, staticValue(property.value as Expression, names)];
        }),
      );
    case 'UnaryExpression': {
      const value = staticValue(node.argument, names);
      if (node.operator === '-' && typeof value === 'number') return -value;
      throw new NotStatic();
    }
    case 'TemplateLiteral':
      if (node.expressions.length === 0) return node.quasis[0]?.value.cooked;
      throw new NotStatic();
    case 'Identifier': {
      const bound = names.get(node.name);
      if (bound) return staticValue(bound, new Map()); // one level: no cycles to follow
      throw new NotStatic();
    }
    default:
      throw new NotStatic();
  }
}

/** `export const name = <expression>` declarations of the lesson, by name. */
function exportedConstants(tree: Root): Map<string, Expression> {
  const names = new Map<string, Expression>();
  visit(tree, 'mdxjsEsm', (node) => {
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type !== 'ExportNamedDeclaration') continue;
      const decl = statement.declaration;
      if (decl?.type !== 'VariableDeclaration' || decl.kind !== 'const') continue;
      for (const d of decl.declarations) {
        if (d.id.type === 'Identifier' && d.init) names.set(d.id.name, d.init);
      }
    }
  });
  return names;
}

type Element = MdxJsxFlowElement | MdxJsxTextElement;

function placeOf(node: Element | MdxJsxAttribute) {
  return { line: node.position?.start.line ?? 1, column: node.position?.start.column };
}

/** One attribute's value: `true` for a bare attribute, the string, or the literal expression. */
function attributeValue(
  attribute: MdxJsxAttribute,
  names: ReadonlyMap<string, Expression>,
): unknown {
  const { value } = attribute;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const statement = value.data?.estree?.body[0];
  if (statement?.type !== 'ExpressionStatement') throw new NotStatic();
  return staticValue(statement.expression, names);
}

/**
 * Build-time check of every NumericQuestion: only the props it knows, each of the right shape,
 * as plain data the build can read, and a key the metrics can compute from them. A typed-in
 * answer (`answer={0.469}`) or a typo stops the build with the file and line.
 */
export function checkNumericQuestions(tree: Root, file: string): void {
  const names = exportedConstants(tree);
  visit(tree, ['mdxJsxFlowElement', 'mdxJsxTextElement'], (node) => {
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    if (node.name !== 'NumericQuestion') return;
    const props: Record<string, unknown> = {};
    const places = new Map<string, ReturnType<typeof placeOf>>();
    for (const attribute of node.attributes) {
      if (attribute.type !== 'mdxJsxAttribute') {
        throw new LessonError(file, placeOf(node), '<NumericQuestion>: no {...spread} props');
      }
      places.set(attribute.name, placeOf(attribute));
      try {
        props[attribute.name] = attributeValue(attribute, names);
      } catch (error) {
        if (!(error instanceof NotStatic)) throw error;
        throw new LessonError(
          file,
          placeOf(attribute),
          `<NumericQuestion> prop "${attribute.name}" must be literal data (numbers, strings, arrays, objects)`,
        );
      }
    }
    const result = propsSchema.safeParse(props);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      const prop = String(issue.code === 'unrecognized_keys' ? issue.keys[0] : issue.path[0]);
      const reason =
        issue.code === 'unrecognized_keys'
          ? `unknown prop "${prop}": the key is computed from "of" and its parameters, never typed in`
          : `prop "${issue.path.join('.')}": ${issue.message}`;
      throw new LessonError(file, places.get(prop) ?? placeOf(node), `<NumericQuestion> ${reason}`);
    }
  });
}
