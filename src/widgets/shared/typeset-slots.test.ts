// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pqFormula, pqFormulaShapes, type FormulaKind } from '../pq-bars/formula';
import { defaultPQState, type PQState } from '../pq-bars/state';
import { katexTypeset } from './katex-typeset';
import { showFormula, typesetWithShapes } from './typeset-slots';

const coin: PQState = { ...defaultPQState, p: [0.5, 0.5], q: [0.9, 0.1], unit: 'bits' };

const typesetOnce = new Map<FormulaKind, string>();

/** What the build sends for the coin: the formula and all its shapes, typeset by KaTeX. */
function prerendered(kind: FormulaKind): HTMLElement {
  if (!typesetOnce.has(kind)) {
    const formula = pqFormula(kind, coin);
    typesetOnce.set(kind, typesetWithShapes(formula, pqFormulaShapes(kind), katexTypeset));
  }
  const container = document.createElement('span');
  container.innerHTML = typesetOnce.get(kind)!;
  return container;
}

const shownHtml = (container: HTMLElement) => container.querySelector('[data-shown]')!.innerHTML;

// Probabilities with at most three decimals that sum to 1, two to five outcomes, some zero.
const distribution = fc
  .array(fc.integer({ min: 0, max: 20 }), { minLength: 2, maxLength: 5 })
  .filter((weights) => weights.some((w) => w > 0))
  .map((weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    return weights.map((w) => w / total);
  });

describe('showFormula', () => {
  it('turns the prerendered formula into exactly what KaTeX typesets for the new state', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<FormulaKind>('entropy', 'crossEntropy', 'klDivergence'),
        distribution,
        fc.constantFrom('bits' as const, 'nats' as const),
        (kind, p, unit) => {
          const q = p.map((_, i) => (i + 1) / ((p.length * (p.length + 1)) / 2));
          const next: PQState = { ...coin, p, q, unit, labels: p.map((_, i) => `x${i}`) };
          const container = prerendered(kind);
          showFormula(container, pqFormula(kind, next));
          const expected = document.createElement('span');
          expected.innerHTML = katexTypeset(pqFormula(kind, next).slottedTex);
          // Same markup but for the numbers' strut height, which KaTeX sets from the glyphs
          // (digits and ∞ differ; every digit has the same height).
          const strip = (html: string) => html.replace(/katex-strut" style="[^"]*"/g, '');
          expect(strip(shownHtml(container))).toBe(strip(expected.innerHTML));
        },
      ),
      { numRuns: 25 },
    );
  }, 30_000);

  it('changes only the numbers while the shape stays, and says which shape it shows', () => {
    const container = prerendered('crossEntropy');
    const before = container.querySelector('[data-shown] .katex')!;
    showFormula(container, pqFormula('crossEntropy', { ...coin, q: [0.8, 0.2] }));
    expect(container.querySelector('[data-shown] .katex')).toBe(before);
    expect(container.querySelector('[data-shown]')!.textContent).toContain('1.322');
    showFormula(container, pqFormula('crossEntropy', { ...coin, unit: 'nats' }));
    expect(container.querySelector<HTMLElement>('[data-shown]')!.dataset.shape).toBe(
      'crossEntropy-nats-2',
    );
    expect(container.querySelector('[data-shown]')!.textContent).toContain('ln');
  });
});
