/**
 * Builds a formula whose numbers a page can swap without a TeX engine (typeset-slots.ts): `slot`
 * marks where each number goes (between two private-use characters, never in TeX we write), and
 * `finish` writes them in plainly (`tex`) and as `\htmlData{slot=i}{...}` (`slottedTex`).
 */
export function slotBuilder() {
  const numbers: string[] = [];
  const SLOT = /\uE000(\d+)\uE000/g;
  const texOf = (n: string) => (n === '∞' ? '\\infty' : n);
  return {
    numbers,
    slot: (value: string) => `\uE000${numbers.push(value) - 1}\uE000`,
    finish: (template: string) => ({
      tex: template.replace(SLOT, (_, i: string) => texOf(numbers[Number(i)]!)),
      slottedTex: template.replace(
        SLOT,
        (_, i: string) => `\\htmlData{slot=${i}}{${texOf(numbers[Number(i)]!)}}`,
      ),
      numbers,
    }),
  };
}
