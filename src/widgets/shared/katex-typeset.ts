import katex from 'katex';
import type { Typeset } from './typeset';

/**
 * Inline-mode KaTeX for live formulas: inline mode breaks a long formula after relations and
 * operators, so a sum wraps after "=" on a phone instead of hiding its result (fractions keep
 * their display size through \dfrac). HTML only: the formula's accessible text is its group's
 * label, and MathML would keep the numbers it was typeset with. `\htmlData` marks the numbers a
 * page swaps (typeset-slots.ts); it is the only command trusted, and the TeX is our own.
 */
export const katexTypeset: Typeset = (tex) =>
  katex.renderToString(tex, {
    displayMode: false,
    output: 'html',
    throwOnError: false,
    trust: ({ command }) => command === '\\htmlData',
    // \htmlData is not LaTeX, which strict mode would say on every formula; nothing else may be.
    strict: (code: string) => (code === 'htmlExtension' ? 'ignore' : 'error'),
  });
