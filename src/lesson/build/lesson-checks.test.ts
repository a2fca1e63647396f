import fs from 'node:fs';
import path from 'node:path';
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { readLessonIndex } from './lesson-index.ts';
import { mdxOptions } from './mdx-options.ts';
import { componentModule } from './remark-component-imports.ts';
import { lessonComponentNames } from '../component-names.ts';

const fixtures = path.join(import.meta.dirname, 'fixtures');
const at = (dir: string) => path.join(fixtures, dir);
const rel = (dir: string, file: string) => path.relative(process.cwd(), path.join(at(dir), file));

async function compileLesson(dir: string, file: string) {
  const filePath = path.join(at(dir), file);
  return compile(
    new VFile({ path: filePath, value: fs.readFileSync(filePath, 'utf8') }),
    mdxOptions,
  );
}

describe('the lesson index (checks that read frontmatter of every lesson)', () => {
  it('lists valid lessons in order with their frontmatter and source path', () => {
    const lessons = readLessonIndex(at('valid'));
    expect(lessons.map((l) => [l.slug, l.order, l.prerequisites])).toEqual([
      ['alpha', 1, []],
      ['beta', 2, ['alpha']],
    ]);
    expect(lessons[0]?.file).toBe(rel('valid', '01-alpha.mdx'));
    // Its links to a heading (here and in beta), to a question and to another page all resolve.
  });

  it('passes the real lessons: every one has the whole shape and enough questions', () => {
    expect(readLessonIndex('lessons').length).toBeGreaterThanOrEqual(6);
    // Parsing six long lessons takes seconds on a busy machine.
  }, 60_000);

  it.each([
    ['bad-field', '01-alpha.mdx:6:10: frontmatter field "minutes": Invalid input: expected number'],
    ['missing-field', '01-alpha.mdx:1:1: frontmatter field "summary"'],
    ['unknown-field', '01-alpha.mdx:8:1: frontmatter: unknown field "minuts"'],
    ['bad-yaml', '01-alpha.mdx:5:1: invalid YAML: Flow sequence'],
    ['no-frontmatter', '01-alpha.mdx:1:1: missing frontmatter'],
    ['duplicate-slug', '02-alpha.mdx:3:7: duplicate slug "alpha"'],
    ['missing-prerequisite', '02-beta.mdx:10:5: prerequisite "gamma" is not a lesson'],
    ['misnamed', '01-alfa.mdx:3:7: file name must be NN-alpha.mdx'],
    // The lesson shape: the missing section is reported where it belongs, before the next one.
    ['missing-section', '01-alpha.mdx:35:1: missing section "Computation lens"'],
    [
      'few-questions',
      '01-alpha.mdx:43:1: too few questions: total 5 (needs 6), seeded 1 (needs 2), choice 0 (needs 1)',
    ],
    [
      'broken-link',
      '01-alpha.mdx:19:5: link "../beta/#no-such-section": lesson "beta" has no section or question #no-such-section',
    ],
    [
      'broken-page-link',
      '01-alpha.mdx:67:6: link "/lessons/gamma/" points to /lessons/gamma/, not a page',
    ],
  ])('reports %s with file and line', (dir, expected) => {
    const [file, ...rest] = expected.split(':');
    expect(() => readLessonIndex(at(dir))).toThrow(`${rel(dir, file!)}:${rest.join(':')}`);
  });
});

describe('compiling one lesson', () => {
  it('compiles a valid lesson with math typeset to HTML, a table of contents and its components', async () => {
    const code = String(await compileLesson('valid', '01-alpha.mdx'));
    expect(code).toMatch(
      /className: "katex",\s*dangerouslySetInnerHTML: \{\s*"__html": "<span class=\\"katex-mathml\\">/,
    );
    expect(code).toMatch(
      /tableOfContents = \[\{\s*"depth": 2,\s*"value": "What this page is for",\s*"id": "what-this-page-is-for"/,
    );
    // Registered components are imported from their own modules, not handed over at run time.
    expect(code).toContain(`import Metric from ${JSON.stringify(componentModule('Metric'))};`);
  });

  it('has exactly one component module per registered name', () => {
    const dir = path.dirname(componentModule('Metric'));
    const modules = fs
      .readdirSync(dir)
      .filter((file) => file !== 'withBoundary.tsx')
      .map((file) => file.replace(/\.tsx$/, ''));
    expect(modules.sort()).toEqual([...lessonComponentNames].sort());
  });

  it('puts display formulas in the tab order so a wide one can be scrolled by keyboard', async () => {
    const code = String(await compileLesson('valid', '02-beta.mdx'));
    expect(code).toMatch(/className: "katex-display",\s*tabIndex: "0",\s*dangerouslySetInnerHTML/);
  });

  it('sets typographic quotes in prose, also beside inline math, and leaves math and code alone', async () => {
    const code = String(await compileLesson('valid', '02-beta.mdx'));
    expect(code).toContain('The “ideal” length: ');
    // The apostrophe right after $P$ closes: remark-smartypants alone made it an opening quote.
    expect(code).toContain('’s code, the author’s ');
    expect(code).not.toContain('‘');
    // The prime stays TeX (KaTeX typesets it as a prime), the code stays as typed.
    expect(code).toContain("f'(x)");
    expect(code).toContain('a = \\"b\\"');
  });

  it('keeps text glued to a formula’s end on its line, and lets the formula break before that', async () => {
    const code = String(await compileLesson('valid', '02-beta.mdx'));
    const htmlOf = (tex: string) => {
      const at = code.indexOf(`application/x-tex\\">${tex}</annotation>`);
      expect(at).toBeGreaterThan(-1);
      return code.slice(at, code.indexOf('__html', at + 1));
    };
    // Before an apostrophe and a full stop: glued. Before a space: not.
    expect(htmlOf('P')).toContain('katex-glue');
    expect(htmlOf('a = b')).toContain('katex-glue');
    expect(htmlOf("f'(x)")).not.toContain('katex-glue');
    // Only the last part is glued: "a =" may still end a line.
    const twoParts = htmlOf('a = b');
    expect(twoParts.match(/class=\\"katex-base\\"/g)).toHaveLength(2);
    expect(twoParts.indexOf('katex-glue')).toBeGreaterThan(twoParts.indexOf('katex-base'));
  });

  it('reports an unknown component with file and line', async () => {
    await expect(compileLesson('unknown-component', '01-alpha.mdx')).rejects.toThrow(
      `${rel('unknown-component', '01-alpha.mdx')}:15:1: unknown component <Metrc>`,
    );
  });

  it('reports invalid TeX with file and line', async () => {
    await expect(compileLesson('bad-tex', '01-alpha.mdx')).rejects.toThrow(
      new RegExp(`${rel('bad-tex', '01-alpha.mdx')}:13:1: invalid TeX: .*expected '}'`),
    );
  });

  it('typesets $...$ in ChoiceQuestion options at build, and escapes the text around it', async () => {
    const code = String(await compileLesson('choice-math', '01-alpha.mdx'));
    expect(code).toMatch(
      /label: \{\s*"text": "D\(P \\\\\| Q\) \\\\ge 0 always",\s*"html": "<span class=\\"katex\\">/,
    );
    // Text beside the math is escaped ("&" stays text); a label without math stays a plain
    // string, which React renders as text.
    expect(code).toContain('</span> &#x26; more.');
    expect(code).toContain("label: 'Plain <b>text</b>'");
  });

  it('sets `code` in ChoiceQuestion options as <code>, escaped, beside math', async () => {
    const code = String(await compileLesson('choice-math', '01-alpha.mdx'));
    expect(code).toMatch(
      /label: \{\s*"text": "Call f\(a < b\)",\s*"html": "Call <code>f\(a &#x3C; b\)<\/code>"\s*\}/,
    );
    expect(code).toMatch(
      /feedback: \{\s*"text": "No: f is f.",\s*"html": "No: <code>f<\/code> is <span class=\\"katex\\">/,
    );
    // The full stop after $f$ stays on the formula's line, as in the prose; "$p < q$ &" may break.
    expect(code).toMatch(/is <span class=\\"katex\\">[^\n]*katex-glue[^\n]*<\/span>\."/);
    expect(code).not.toMatch(/katex-glue[^\n]*&#x26; more/);
  });

  it('reports invalid TeX in a ChoiceQuestion option with file and line', async () => {
    await expect(compileLesson('bad-choice-tex', '01-alpha.mdx')).rejects.toThrow(
      new RegExp(
        `${rel('bad-choice-tex', '01-alpha.mdx')}:15:14: invalid TeX in a ChoiceQuestion label`,
      ),
    );
  });

  it.each([
    ['literal-key', '17:3: <NumericQuestion> unknown prop "answer": the key is computed'],
    ['bad-numeric', '13:1: <NumericQuestion> prop "q": of="crossEntropy" needs q'],
    ['bad-distribution', '13:41: <NumericQuestion> prop "p": must be probabilities that sum to 1'],
  ])(
    'reports a NumericQuestion whose key is typed in or whose props are invalid (%s)',
    async (dir, at) => {
      await expect(compileLesson(dir, '01-alpha.mdx')).rejects.toThrow(
        `${rel(dir, '01-alpha.mdx')}:${at}`,
      );
    },
  );

  it('reports invalid frontmatter of a single lesson (as the dev server compiles it)', async () => {
    await expect(compileLesson('bad-field', '01-alpha.mdx')).rejects.toThrow(
      `${rel('bad-field', '01-alpha.mdx')}:6:10: frontmatter field "minutes"`,
    );
  });
});
