import { describe, expect, it } from 'vitest';
import { parseAnswer } from './parse-answer';

describe('parseAnswer', () => {
  it.each([
    ['0.737', 0.737, 3],
    ['  0.737  ', 0.737, 3],
    ['0,737', 0.737, 3],
    ['.5', 0.5, 1],
    ['2.', 2, 0],
    ['= 1.737', 1.737, 3],
    ['1.737 bits', 1.737, 3],
    ['1.737bits', 1.737, 3],
    ['1 bit', 1, 0],
    ['-0.25', -0.25, 2],
    ['−0.25', -0.25, 2],
    ['+3', 3, 0],
    ['1e-3', 0.001, 3],
    ['8.1e-2', 0.081, 3],
    ['1.5E2', 150, 0],
    ['１.５', 1.5, 1], // fullwidth digits fold to ASCII
  ])('reads %j as %d with %d decimals', (input, value, decimals) => {
    expect(parseAnswer(input, 'bits')).toEqual({ ok: true, value, decimals });
  });

  it.each([
    ['3/4', 0.75],
    ['= 1/3', 1 / 3],
    ['-1/2', -0.5],
    ['- 3 / 4', -0.75],
    ['∞', Infinity],
    ['inf', Infinity],
    ['Infinity bits', Infinity],
    ['-∞', -Infinity],
  ])('reads %j exactly as %d', (input, value) => {
    expect(parseAnswer(input, 'bits')).toEqual({ ok: true, value, decimals: undefined });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['NaN', 'unreadable'],
    ['--1', 'unreadable'],
    ['1..2', 'unreadable'],
    ['1,000.5', 'unreadable'],
    ['1/0', 'unreadable'],
    ['0x10', 'unreadable'],
    ['١٢', 'unreadable'], // Arabic-Indic digits are not folded by NFKC
    ['one', 'unreadable'],
    ['1 2', 'unreadable'],
    ['1e309', 'out-of-range'],
    ['1 nats', 'wrong-unit'],
  ])('refuses %j (%s)', (input, reason) => {
    expect(parseAnswer(input, 'bits')).toEqual({ ok: false, reason });
  });

  it('refuses very long input without reading it', () => {
    expect(parseAnswer('9'.repeat(65))).toEqual({ ok: false, reason: 'unreadable' });
    expect(parseAnswer('1'.repeat(100_000))).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('accepts any unit word when the question names none', () => {
    expect(parseAnswer('0.5 nats')).toEqual({ ok: true, value: 0.5, decimals: 1 });
  });
});
