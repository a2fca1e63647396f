import { describe, expect, it } from 'vitest';
import { gradeNumeric } from './grading';

// H(0.99, 0.01) = 0.0808 bits (hand: 0.99 * 0.0145 + 0.01 * 6.644).
const coin = { value: 0.080793135895911, decimals: 3, unit: 'bits' } as const;

describe('gradeNumeric with k decimals', () => {
  it.each([
    ['0.081', 'correct'],
    ['0.0808', 'correct'],
    ['0,081 bits', 'correct'],
    ['= 0.0805', 'correct'],
    ['8.1e-2', 'correct'],
    ['0.08', 'format'],
    ['0.1', 'format'],
    ['0.082', 'incorrect'],
    ['0.09', 'incorrect'],
    ['∞', 'incorrect'],
    ['NaN', 'invalid'],
    ['0.081 nats', 'invalid'],
    ['', 'invalid'],
  ])('%j is %s', (input, result) => {
    expect(gradeNumeric(input, coin).result).toBe(result);
  });

  it('takes an exact answer written short, "1" for 1.000', () => {
    expect(gradeNumeric('1', { value: 1, decimals: 3 }).result).toBe('correct');
    expect(gradeNumeric('1/1', { value: 1, decimals: 3 }).result).toBe('correct');
  });

  it('reports the value it read and why it could not read', () => {
    expect(gradeNumeric('0.09', coin)).toEqual({ result: 'incorrect', value: 0.09 });
    expect(gradeNumeric('1e309', coin)).toEqual({ result: 'invalid', reason: 'out-of-range' });
  });
});

describe('gradeNumeric with tolerances', () => {
  it('absolute tolerance', () => {
    const key = { value: 0.75, absTol: 0.01 };
    expect(gradeNumeric('3/4', key).result).toBe('correct');
    expect(gradeNumeric('0.759', key).result).toBe('correct');
    expect(gradeNumeric('0.761', key).result).toBe('incorrect');
  });

  it('relative tolerance', () => {
    const key = { value: 200, relTol: 0.01 };
    expect(gradeNumeric('198', key).result).toBe('correct');
    expect(gradeNumeric('2.03e2', key).result).toBe('incorrect');
  });

  it('no precision given: equal up to rounding noise', () => {
    expect(gradeNumeric('0.3', { value: 0.1 + 0.2 }).result).toBe('correct');
    expect(gradeNumeric('0.3001', { value: 0.3 }).result).toBe('incorrect');
  });

  it('infinite keys take only infinity', () => {
    const key = { value: Infinity, decimals: 3 };
    expect(gradeNumeric('infinity', key).result).toBe('correct');
    expect(gradeNumeric('-inf', key).result).toBe('incorrect');
    expect(gradeNumeric('1e300', key).result).toBe('incorrect');
  });
});
