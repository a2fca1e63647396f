import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawDistribution, hashString, questionRandom, seededRandom } from './seeded';

describe('seeded generation', () => {
  it('the same seed gives the same stream, a different seed another', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    const c = seededRandom(43);
    expect([c(), c(), c()]).not.toEqual(first);
  });

  it('FNV-1a matches the published test vectors', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
  });

  it('the same seed and question draw the same distribution', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 32 - 1 }), fc.integer({ min: 2, max: 6 }), (seed, n) => {
        const one = drawDistribution(questionRandom(seed, 'cross-entropy/q1'), n);
        const two = drawDistribution(questionRandom(seed, 'cross-entropy/q1'), n);
        expect(two).toEqual(one);
        expect(one).toHaveLength(n);
        expect(one.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
        // Positive multiples of 0.05.
        for (const x of one) {
          expect(x).toBeGreaterThan(0);
          expect(Math.abs(x * 20 - Math.round(x * 20))).toBeLessThan(1e-9);
        }
      }),
    );
  });

  it('cuts at the drawn places', () => {
    // A stream that always returns 0.5 cuts 20 units at 1 + floor(0.5 * 19) = 10: half and half.
    expect(drawDistribution(() => 0.5, 2)).toEqual([0.5, 0.5]);
  });

  it('refuses impossible sizes', () => {
    expect(() => drawDistribution(Math.random, 1)).toThrow(RangeError);
    expect(() => drawDistribution(Math.random, 21)).toThrow(RangeError);
  });
});
