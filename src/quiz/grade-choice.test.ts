import { describe, expect, it } from 'vitest';
import { gradeChoice, resolveOptions } from './grade-choice';

const options = [{ label: 'a', correct: true }, { label: 'b' }, { label: 'c', correct: true }];

describe('gradeChoice', () => {
  it.each([
    [[0, 2], 'correct'],
    [[0], 'incorrect'],
    [[0, 1, 2], 'incorrect'],
    [[1], 'incorrect'],
    [[], 'invalid'],
  ])('choosing %j is %s', (chosen, result) => {
    expect(gradeChoice(options, new Set(chosen))).toBe(result);
  });
});

describe('resolveOptions', () => {
  const computed = [
    { label: 'left', when: 'left' as const },
    { label: 'right', when: 'right' as const },
    { label: 'equal', when: 'equal' as const },
    { label: 'static', correct: false },
  ];

  it.each(['left', 'right', 'equal'] as const)(
    'the option whose `when` is the outcome (%s) is the one right answer',
    (outcome) => {
      const resolved = resolveOptions(computed, outcome);
      expect(resolved.filter((o) => o.correct).map((o) => o.label)).toEqual([outcome]);
      const right = resolved.findIndex((o) => o.correct);
      expect(gradeChoice(resolved, new Set([right]))).toBe('correct');
    },
  );

  it('leaves options without `when` as written, and none right before the outcome is known', () => {
    expect(resolveOptions(options, undefined)).toEqual(options);
    expect(resolveOptions(computed, undefined).some((o) => o.correct)).toBe(false);
  });
});
