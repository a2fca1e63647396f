import { describe, expect, it } from 'vitest';
import { crossEntropy, klDivergence } from './discrete';
import { crossEntropyTerms, klTerms, surprisals } from './pointwise';
import { entropy } from './discrete';

// Hand-computed: log2(0.5/0.9) = -0.84799690655495, log2(5) = 2.32192809488736,
// log2(0.9) = -0.15200309344505, log2(10) = 3.32192809488736.
describe('klTerms and crossEntropyTerms', () => {
  it('split the fair coin against (0.9, 0.1) into its two outcomes, in bits', () => {
    const kl = klTerms([0.5, 0.5], [0.9, 0.1], 'bits');
    expect(kl[0]).toBeCloseTo(-0.423998453277475, 13);
    expect(kl[1]).toBeCloseTo(1.16096404744368, 13);
    const ce = crossEntropyTerms([0.5, 0.5], [0.9, 0.1], 'bits');
    expect(ce[0]).toBeCloseTo(0.076001546722525, 13);
    expect(ce[1]).toBeCloseTo(1.66096404744368, 13);
  });

  it('add up to the totals', () => {
    const p = [0.6, 0.3, 0.1];
    const q = [0.3, 0.5, 0.2];
    const total = (terms: Float64Array) => terms.reduce((a, b) => a + b, 0);
    expect(total(klTerms(p, q))).toBeCloseTo(klDivergence(p, q), 14);
    expect(total(crossEntropyTerms(p, q, 'bits'))).toBeCloseTo(crossEntropy(p, q, 'bits'), 14);
  });

  it('give 0 where p = 0 and Infinity where q = 0 < p', () => {
    expect([...klTerms([0, 0.5, 0.5], [0.5, 0.5, 0])]).toEqual([0, 0, Infinity]);
    expect([...crossEntropyTerms([0, 0.5, 0.5], [0.5, 0.5, 0])]).toEqual([
      0,
      Math.LN2 / 2,
      Infinity,
    ]);
  });

  it('check their inputs like the totals do', () => {
    expect(() => klTerms([0.5, 0.5], [1])).toThrow(RangeError);
    expect(() => crossEntropyTerms([0.5, -0.5, 1], [0.2, 0.3, 0.5])).toThrow(/index 1: -0.5/);
  });
});

describe('surprisals', () => {
  it('gives -log p(x): 1 bit for a fair coin, log2 100 = 6.644 bits for a 1% outcome', () => {
    expect([...surprisals([0.5, 0.5], 'bits')]).toEqual([1, 1]);
    const [common, rare] = surprisals([0.99, 0.01], 'bits');
    expect(common).toBeCloseTo(0.014499569695115089, 15);
    expect(rare).toBeCloseTo(6.643856189774724, 14);
  });

  it('averages, weighted by P, to the entropy', () => {
    const p = [0.7, 0.2, 0.1];
    const s = surprisals(p);
    expect(p.reduce((sum, pi, i) => sum + pi * s[i]!, 0)).toBeCloseTo(entropy(p), 14);
  });

  it('is Infinity for an outcome P rules out, and checks its input', () => {
    expect([...surprisals([1, 0])]).toEqual([0, Infinity]);
    expect(() => surprisals([0.5, 0.6])).toThrow(RangeError);
  });
});
