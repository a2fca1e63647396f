import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';
import type { Root, Yaml } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { lessonFrontmatterSchema, type LessonFrontmatter } from '../frontmatter.ts';
import { LessonError, type SourcePlace } from './lesson-error.ts';

/** Validated frontmatter plus where each top-level key sits, for later cross-file checks. */
export interface LocatedFrontmatter {
  data: LessonFrontmatter;
  /** Line of a key's value, or of an item of a list value: `placeOf(['prerequisites', 1])`. */
  placeOf(path: ReadonlyArray<PropertyKey>): SourcePlace;
}

const frontmatterParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/** Reads a lesson's frontmatter from its MDX source (used by the lesson index). */
export function readFrontmatterFromSource(source: string, file: string): LocatedFrontmatter {
  return readFrontmatter(frontmatterParser.parse(source), file);
}

/**
 * Finds the YAML frontmatter in a parsed lesson, validates it against the schema, and throws a
 * LessonError that points at the offending line when it is missing or invalid.
 */
export function readFrontmatter(tree: Root, file: string): LocatedFrontmatter {
  const node = tree.children.find((child): child is Yaml => child.type === 'yaml');
  if (!node?.position) {
    throw new LessonError(
      file,
      { line: 1 },
      'missing frontmatter: start the file with a --- block',
    );
  }
  // The YAML text starts on the line after the opening `---`.
  const firstLine = node.position.start.line + 1;
  const lineCounter = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter, prettyErrors: false });
  const toPlace = (offset: number): SourcePlace => {
    const pos = lineCounter.linePos(offset);
    return { line: firstLine + pos.line - 1, column: pos.col };
  };

  const yamlError = doc.errors[0];
  if (yamlError) {
    throw new LessonError(file, toPlace(yamlError.pos[0]), `invalid YAML: ${yamlError.message}`);
  }

  const placeOf = (path: ReadonlyArray<PropertyKey>): SourcePlace => {
    const found = doc.getIn(path as unknown[], true);
    if (isNode(found) && found.range) return toPlace(found.range[0]);
    return { line: node.position!.start.line };
  };
  const keyPlace = (key: string): SourcePlace => {
    const pair = isMap(doc.contents)
      ? doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key)
      : undefined;
    const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
    return range ? toPlace(range[0]) : { line: node.position!.start.line };
  };

  const result = lessonFrontmatterSchema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    if (issue.code === 'unrecognized_keys') {
      const key = issue.keys[0]!;
      throw new LessonError(file, keyPlace(key), `frontmatter: unknown field "${key}"`);
    }
    const field = issue.path.join('.') || '(root)';
    const place =
      issue.path.length > 0 && doc.hasIn(issue.path) ? placeOf(issue.path) : keyPlace('');
    throw new LessonError(file, place, `frontmatter field "${field}": ${issue.message}`);
  }
  return { data: result.data, placeOf };
}
