import { describe, expect, it } from 'vitest';
import { gradeChoice } from './grade-choice';

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
