import { describe, expect, it } from 'vitest';
import { readQuestionIds } from './question-ids.ts';

const lesson = (body: string) => `---\ntitle: T\n---\n\n# Quiz\n\n${body}\n`;

describe('readQuestionIds', () => {
  it('lists question ids in page order, ignoring other components', () => {
    const source = lesson(
      [
        '<NumericQuestion id="fair-coin" of="entropy" p={[0.5, 0.5]}>Prompt</NumericQuestion>',
        '<Metric of="entropy" p={[1]} />',
        '<Aside title="x">',
        '<ChoiceQuestion id="zero-q" options={[]} />',
        '</Aside>',
        '<Challenge id="drag" widget="letters" goal="klBelow" />',
      ].join('\n\n'),
    );
    expect(readQuestionIds(source, 'lessons/01-x.mdx')).toEqual(['fair-coin', 'zero-q', 'drag']);
  });

  it('requires a literal id and rejects duplicates, naming the line', () => {
    expect(() => readQuestionIds(lesson('<Challenge widget="w" />'), 'x.mdx')).toThrow(
      'x.mdx:7:1: <Challenge> needs id="..."',
    );
    expect(() => readQuestionIds(lesson('<Challenge id={"a"} />'), 'x.mdx')).toThrow('needs id');
    expect(() =>
      readQuestionIds(lesson('<Challenge id="a" />\n\n<Challenge id="a" />'), 'x.mdx'),
    ).toThrow('x.mdx:9:1: duplicate question id "a"');
  });
});
