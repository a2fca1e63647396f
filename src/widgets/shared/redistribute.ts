/** Shared by every widget whose parts must sum to 1: the P/Q bars and the joint table's cells. */
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
