import katex from 'katex';
import type { Typeset } from './typeset';

/**
 * Display-mode KaTeX for live formulas. HTML only: the formula's accessible text is its group's
 * label, and MathML would keep the numbers it was typeset with. `\htmlData` marks the numbers a
 * page swaps (typeset-slots.ts); it is the only command trusted, and the TeX is our own.
 */
export const katexTypeset: Typeset = (tex) =>
  katex.renderToString(tex, {
    displayMode: true,
    output: 'html',
    throwOnError: false,
    trust: ({ command }) => command === '\\htmlData',
    // \htmlData is not LaTeX, which strict mode would say on every formula; nothing else may be.
    strict: (code: string) => (code === 'htmlExtension' ? 'ignore' : 'error'),
  });
