import type { Typeset } from './typeset';

/**
 * A formula as typeset: its shape (formulas of one shape differ only in their numbers), the
 * numbers, and TeX that marks number i as `\htmlData{slot=i}{...}`.
 */
export interface SlottedFormula {
  shape: string;
  numbers: readonly string[];
  slottedTex: string;
}

/**
 * The formula typeset, followed by every shape it may take typeset once in a `<template>`
 * (numbers left as they were written): what the page needs to show any later state without a
 * TeX engine. Runs where there is one (the prerender).
 */
export function typesetWithShapes(
  formula: SlottedFormula,
  shapes: readonly SlottedFormula[],
  typeset: Typeset,
): string {
  const templates = shapes.map(
    (shape) => `<template data-shape="${shape.shape}">${typeset(shape.slottedTex)}</template>`,
  );
  return [
    `<span data-shown data-shape="${formula.shape}">${typeset(formula.slottedTex)}</span>`,
    ...templates,
  ].join('');
}

/**
 * Shows `formula` in markup from typesetWithShapes: swaps in its shape's template if the shape
 * changed, then writes each number into its slot. KaTeX set each number as one `.mord` span
 * (digits and point share a font and metrics), so changing its text keeps KaTeX's layout.
 */
export function showFormula(container: HTMLElement, formula: SlottedFormula): void {
  const shown = container.querySelector<HTMLElement>('[data-shown]');
  if (!shown) return;
  if (shown.dataset.shape !== formula.shape) {
    const template = container.querySelector<HTMLTemplateElement>(
      `template[data-shape="${formula.shape}"]`,
    );
    if (!template) throw new RangeError(`no typeset shape for this formula: ${formula.shape}`);
    shown.replaceChildren(template.content.cloneNode(true));
    shown.dataset.shape = formula.shape;
  }
  for (const slot of shown.querySelectorAll<HTMLElement>('[data-slot]')) {
    const number = formula.numbers[Number(slot.dataset.slot)];
    const glyphs = slot.querySelector('.mord');
    if (number !== undefined && glyphs && glyphs.textContent !== number)
      glyphs.textContent = number;
  }
}
