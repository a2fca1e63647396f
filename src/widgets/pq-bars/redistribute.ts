import { redistribute } from '../shared/redistribute';

export { redistribute };

/** Fewest and most outcomes the P/Q widget shows. */
export const MIN_OUTCOMES = 2;
export const MAX_OUTCOMES = 10;

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
