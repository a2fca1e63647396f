import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeSuspendData, encodeSuspendData } from './suspend-data';

describe('suspend_data encoding', () => {
  it('writes version, seed in base 36 and the solved ids', () => {
    // 123456789 = 21i3v9 in base 36.
    expect(encodeSuspendData({ seed: 123456789, solved: ['fair-coin', 'die_in_nats'] })).toBe(
      '1.21i3v9.fair-coin,die_in_nats',
    );
    expect(encodeSuspendData({ seed: null, solved: [] })).toBe('1..');
  });

  it('reads back what it wrote', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 0, max: 2 ** 32 - 1 })),
        fc.uniqueArray(id, { maxLength: 40 }),
        (seed, solved) => {
          expect(decodeSuspendData(encodeSuspendData({ seed, solved }))).toEqual({ seed, solved });
        },
      ),
    );
  });

  it('stays short for a lesson of 40 long question ids', () => {
    const solved = Array.from({ length: 40 }, (_, i) => `question-${i}`.padEnd(64, 'x'));
    // 40 x 64 characters, 39 commas, "1.", the seed and a dot.
    expect(encodeSuspendData({ seed: 2 ** 32 - 1, solved }).length).toBe(2560 + 39 + 2 + 7 + 1);
  });

  it.each([
    ['', 'empty (a first launch)'],
    ['2.abc.fair-coin', 'a newer version'],
    ['1.abc', 'missing a part'],
    ['1.zzzzzzzz.a', 'a seed beyond 32 bits'],
    ['1.1z141z4.a', 'a seed beyond 32 bits (base 36 of 2^32)'],
    ['1.abc.a,,b', 'an empty id'],
    ['1.abc.a b', 'an id with a space'],
    ['{"solved":["a"]}', "another package's JSON"],
    ['1.-5.a', 'a negative seed'],
  ])('reads %j (%s) as nothing', (text) => {
    expect(decodeSuspendData(text)).toBeUndefined();
  });

  it('drops repeated ids', () => {
    expect(decodeSuspendData('1.a.x,y,x')).toEqual({ seed: 10, solved: ['x', 'y'] });
  });
});
