/** Turns TeX into HTML. */
export type Typeset = (tex: string) => string;

let typeset: Typeset | undefined;

/**
 * Hands formulas that change at run time a TeX engine: KaTeX where one is at hand (the build's
 * prerender, the dev server). A built page's browser never gets one; its formulas arrive typeset
 * and only their numbers change (see typeset-slots.ts).
 */
export function provideTypeset(engine: Typeset): void {
  typeset = engine;
}

/** The TeX engine, or undefined in a built page's browser. */
export function currentTypeset(): Typeset | undefined {
  return typeset;
}
