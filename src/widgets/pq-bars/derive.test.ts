import { describe, expect, it } from 'vitest';
import { pqMetrics, pqTerms } from './derive';
import { defaultPQState, type PQState } from './state';

const state = (patch: Partial<PQState>): PQState => ({ ...defaultPQState, ...patch });

describe('pqMetrics', () => {
  it('gives the fair coin against (0.9, 0.1): 1, 1.737 and 0.737 bits', () => {
    const m = pqMetrics(state({ p: [0.5, 0.5], q: [0.9, 0.1], unit: 'bits' }));
    expect(m.entropy).toBeCloseTo(1, 15);
    // -0.5 log2 0.9 - 0.5 log2 0.1 = 0.0760015467 + 1.6609640474
    expect(m.crossEntropy).toBeCloseTo(1.7369655941662063, 14);
    expect(m.klDivergence).toBeCloseTo(0.7369655941662063, 14);
    expect(m.impossible).toEqual([]);
  });

  it('flags outcomes the model rules out, until smoothing Q gives them mass', () => {
    const zero = state({ p: [0.5, 0.5, 0], q: [1, 0, 0] });
    expect(pqMetrics(zero).impossible).toEqual([1]);
    expect(pqMetrics(zero).klDivergence).toBe(Infinity);
    const smoothed = pqMetrics({ ...zero, epsilon: 0.15 });
    expect(Array.from(smoothed.model)).toEqual([0.9, 0.05, 0.05].map((x) => expect.closeTo(x, 15)));
    expect(smoothed.impossible).toEqual([]);
    expect(Number.isFinite(smoothed.klDivergence)).toBe(true);
  });

  it('computes each state once', () => {
    const s = state({});
    expect(pqMetrics(s)).toBe(pqMetrics(s));
  });
});

describe('pqTerms', () => {
  it('splits the totals per outcome, against the smoothed model, computed once per state', () => {
    const s = state({ p: [0.5, 0.5], q: [0.9, 0.1], unit: 'bits' });
    const { klTerms, crossEntropyTerms } = pqTerms(s);
    // -0.5 log2 0.9 = 0.0760015467, -0.5 log2 0.1 = 1.6609640474
    expect(crossEntropyTerms[0]).toBeCloseTo(0.07600154672, 10);
    expect(crossEntropyTerms[1]).toBeCloseTo(1.66096404744, 10);
    expect(klTerms[0]! + klTerms[1]!).toBeCloseTo(pqMetrics(s).klDivergence, 14);
    expect(pqTerms(s)).toBe(pqTerms(s));
    const smoothed = state({ p: [0.5, 0.5], q: [1, 0], epsilon: 0.2 });
    expect(Number.isFinite(pqTerms(smoothed).klTerms[1])).toBe(true);
  });
});
