import { describe, expect, it } from 'vitest';
import { entropy } from './discrete';
import { huffmanCode } from './prefix-code';

/** A prefix code: no codeword begins another, so a stream of them decodes one way only. */
function isPrefixFree(codewords: string[]): boolean {
  return codewords.every((a, i) => codewords.every((b, j) => i === j || !b.startsWith(a)));
}

describe('huffmanCode', () => {
  it('gives (0.5, 0.25, 0.25) the lengths 1, 2, 2: average 1.5 bits, the entropy', () => {
    const { codewords, averageLength } = huffmanCode([0.5, 0.25, 0.25]);
    expect(codewords).toEqual(['0', '10', '11']);
    expect(isPrefixFree(codewords)).toBe(true);
    // By hand: 0.5·1 + 0.25·2 + 0.25·2 = 1.5.
    expect(averageLength).toBeCloseTo(1.5, 12);
    expect(averageLength).toBeCloseTo(entropy([0.5, 0.25, 0.25], 'bits'), 12);
  });

  it('codes (0.5, 0.125, 0.125, 0.25) with lengths 1, 3, 3, 2: 1.75 bits', () => {
    const { codewords, averageLength } = huffmanCode([0.5, 0.125, 0.125, 0.25]);
    expect(codewords.map((c) => c.length)).toEqual([1, 3, 3, 2]);
    expect(averageLength).toBeCloseTo(1.75, 12);
  });

  it('costs a whole bit for (0.99, 0.01), far above its entropy of 0.081 bits', () => {
    const { codewords, averageLength } = huffmanCode([0.99, 0.01]);
    expect(codewords).toEqual(['0', '1']);
    expect(averageLength).toBe(1);
  });

  it('stays within one bit of the entropy and is prefix-free for an uneven P', () => {
    const p = [0.4, 0.3, 0.2, 0.05, 0.05];
    const { codewords, averageLength } = huffmanCode(p);
    expect(isPrefixFree(codewords)).toBe(true);
    const h = entropy(p, 'bits');
    expect(averageLength).toBeGreaterThanOrEqual(h);
    expect(averageLength).toBeLessThan(h + 1);
    // By hand: lengths 1, 2, 3, 4, 4 give 0.4 + 0.6 + 0.6 + 0.2 + 0.2 = 2.0.
    expect(averageLength).toBeCloseTo(2, 12);
  });

  it('needs no bits for a certain outcome, and rejects a P that is no distribution', () => {
    expect(huffmanCode([1])).toEqual({ codewords: [''], averageLength: 0 });
    expect(() => huffmanCode([0.5, 0.6])).toThrow(RangeError);
  });
});
