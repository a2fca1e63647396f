import { describe, expect, it } from 'vitest';
import { lessonFrontmatterSchema } from './frontmatter';

const valid = {
  title: 'Entropy',
  slug: 'entropy',
  summary: 'How uncertain is a distribution?',
  order: 1,
  minutes: 12,
  concepts: ['entropy'],
  prerequisites: [],
};

function firstIssue(data: unknown) {
  const result = lessonFrontmatterSchema.safeParse(data);
  if (result.success) throw new Error('expected the schema to reject ' + JSON.stringify(data));
  return result.error.issues[0];
}

describe('lessonFrontmatterSchema', () => {
  it('accepts a complete lesson and keeps its values', () => {
    expect(lessonFrontmatterSchema.parse(valid)).toEqual(valid);
  });

  it('defaults prerequisites to an empty list', () => {
    const { prerequisites: _omitted, ...rest } = valid;
    expect(lessonFrontmatterSchema.parse(rest).prerequisites).toEqual([]);
  });

  it.each([
    ['title', { title: '  ' }],
    ['slug', { slug: 'Entropy Lesson' }],
    ['slug', { slug: 'entropy-' }],
    ['order', { order: 1.5 }],
    ['order', { order: 0 }],
    ['minutes', { minutes: '12' }],
    ['concepts', { concepts: [] }],
    ['prerequisites', { prerequisites: ['Not A Slug'] }],
    ['summary', { summary: 'x'.repeat(301) }],
    ['summary', { summary: "A language model's perplexity" }],
    ['title', { title: 'The "surprise" of an outcome' }],
  ])('rejects a bad %s and names it in the issue path', (field, patch) => {
    expect(firstIssue({ ...valid, ...patch })?.path[0]).toBe(field);
  });

  it('rejects a missing required field', () => {
    const { title: _omitted, ...rest } = valid;
    expect(firstIssue(rest)?.path).toEqual(['title']);
  });

  it('rejects unknown keys so that typos do not pass silently', () => {
    const issue = firstIssue({ ...valid, minuts: 3 });
    expect(issue?.code).toBe('unrecognized_keys');
    expect(issue && 'keys' in issue ? issue.keys : []).toEqual(['minuts']);
  });
});
