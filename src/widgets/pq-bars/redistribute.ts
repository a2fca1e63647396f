/** Fewest and most outcomes the P/Q widget shows. */
export const MIN_OUTCOMES = 2;
export const MAX_OUTCOMES = 10;

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/**
 * Sets outcome `i` of `p` to `value` (clamped to [0, 1]) and rescales the other outcomes in
 * proportion so the total stays 1. When the others are all 0 there is no proportion to keep,
 * so they share the remainder equally.
 */
export function redistribute(p: readonly number[], i: number, value: number): number[] {
  const v = clamp01(value);
  const others = p.reduce((total, x, j) => (j === i ? total : total + x), 0);
  const rest = 1 - v;
  return p.map((x, j) => {
    if (j === i) return v;
    return others > 0 ? (x / others) * rest : rest / (p.length - 1);
  });
}

/**
 * Adds an outcome with probability 1/(n+1), shrinking the others in proportion, so a new
 * outcome is visible and draggable straight away.
 */
export function addOutcome(p: readonly number[]): number[] {
  const n = p.length + 1;
  return redistribute([...p, 0], n - 1, 1 / n);
}

/** Removes outcome `i` and rescales the rest to sum to 1 (equal shares if they were all 0). */
export function removeOutcome(p: readonly number[], i: number): number[] {
  const rest = p.filter((_, j) => j !== i);
  const total = rest.reduce((a, b) => a + b, 0);
  return total > 0 ? rest.map((x) => x / total) : rest.map(() => 1 / rest.length);
}
