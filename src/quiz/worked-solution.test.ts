import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeNumeric } from './grading';
import type { QuantityName, QuantityParams } from './quantities';
import { questionKey } from './question-key';
import { drawVariant, seededRandom } from './seeded';
import { workedSolution } from './worked-solution';

// A three-outcome pair (lesson 3's asymmetry example until issue 18): P = (0.3, 0.5, 0.2), Q = (0.6, 0.3, 0.1), in bits.
// By hand (log2 values to five decimals): H(P,Q) = 0.3(0.73697) + 0.5(1.73697) + 0.2(3.32193) = 1.75396,
// H(P) = 0.3(1.73697) + 0.5 + 0.2(2.32193) = 1.48548, D = 0.26848.
const reverse: QuantityParams = {
  of: 'klDivergence',
  p: [0.3, 0.5, 0.2],
  q: [0.6, 0.3, 0.1],
  unit: 'bits',
};

describe('worked solutions', () => {
  it('print intermediate values whose arithmetic is true as shown', () => {
    const { tex, sums } = workedSolution(reverse);
    expect(tex).toContain(
      '= H(P,Q) - H(P) = 1.75396 - 1.48548 = 0.26848 \\approx 0.268\\text{ bits}',
    );
    expect(sums).toContainEqual(['1.75396', '-1.48548']);
  });

  it('accept the answer a student gets by subtracting the values rounded to 3 decimals', () => {
    const { key } = questionKey(reverse);
    // 1.754 - 1.485 = 0.269, one unit above the key's 0.268.
    expect(gradeNumeric('0.269', key).result).toBe('correct');
    expect(gradeNumeric('0.268', key).result).toBe('correct');
    expect(gradeNumeric('0.270', key).result).toBe('incorrect');
    expect(gradeNumeric('0.267', key).result).toBe('incorrect');
  });

  it('add the evaluated terms, each printed to five decimals', () => {
    const { tex } = workedSolution({
      of: 'crossEntropy',
      p: [0.5, 0.5],
      q: [0.9, 0.1],
      unit: 'bits',
    });
    // 0.5 log2(1/0.9) = 0.07600, 0.5 log2 10 = 1.66096.
    expect(tex).toContain('&= 0.07600 + 1.66096 = 1.73696 \\approx 1.737\\text{ bits}');
    expect(tex).toContain('-\\left(0.5 \\log_2 0.9 + 0.5 \\log_2 0.1\\right)');
  });

  it('leave out outcomes with p(x) = 0, use ln for nats, and show one term without a sum', () => {
    const { tex } = workedSolution({
      of: 'crossEntropy',
      p: [1, 0, 0],
      q: [0.7, 0.2, 0.1],
      unit: 'nats',
    });
    // -ln 0.7 = 0.35667.
    expect(tex).toContain('-\\left(1 \\ln 0.7\\right) \\\\ &= 0.35667 \\approx 0.357\\text{ nats}');
  });

  it('write infinity, with no arithmetic, for a model that rules out a possible outcome', () => {
    const solution = workedSolution({ of: 'klDivergence', p: [0.5, 0.5], q: [1, 0], unit: 'bits' });
    expect(solution.tex).toMatch(/&= \\infty\\text\{ bits\} \\end\{aligned\}$/);
    expect(solution.alternatives).toEqual([]);
  });

  it('over seeded variants, every answer reached from the displayed steps is graded right', () => {
    const kinds: QuantityName[] = ['entropy', 'crossEntropy', 'klDivergence'];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.constantFrom(...kinds),
        fc.integer({ min: 2, max: 5 }),
        fc.constantFrom('bits' as const, 'nats' as const),
        (seed, of, n, unit) => {
          const params = { of, unit, ...drawVariant(seededRandom(seed), of !== 'entropy', n) };
          const { key, solution } = questionKey(params);
          for (const addends of solution.sums) {
            // What the student reads off the solution: the printed addends, added (exactly, in
            // units of their last digit) and rounded to 3 decimals, halves away from zero; or
            // each addend rounded to 3 decimals first, then added.
            const digits = addends[0]!.split('.')[1]!.length;
            const units = addends.map((x) => Math.round(Number(x) * 10 ** digits));
            const to3 = (u: number) => Math.sign(u) * Math.round(Math.abs(u) / 10 ** (digits - 3));
            const fromSteps = to3(units.reduce((a, u) => a + u, 0));
            const fromRounded = units.reduce((a, u) => a + to3(u), 0);
            for (const answer of [fromSteps, fromRounded]) {
              expect(gradeNumeric((answer / 1000).toFixed(3), key).result).toBe('correct');
            }
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
