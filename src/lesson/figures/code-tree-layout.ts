/**
 * Where each node of a binary prefix code's tree sits, for drawing: depth from the root, and a
 * horizontal slot (leaves evenly spaced in codeword order, each inner node above the middle of
 * its two children). Pure, so the layout is tested without rendering.
 */
export interface TreeNode {
  /** The bits on the path from the root: '' for the root, '10' for right-then-left. */
  path: string;
  depth: number;
  /** Horizontal position in leaf slots, 0 to (number of leaves - 1). */
  slot: number;
  /** The outcome whose codeword ends here, for a leaf. */
  outcome?: number;
}

export function codeTreeLayout(codewords: readonly string[]): TreeNode[] {
  const leaves = codewords
    .map((path, outcome) => ({ path, outcome }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const slotOf = new Map<string, number>();
  leaves.forEach((leaf, i) => slotOf.set(leaf.path, i));
  const paths = new Set<string>();
  for (const { path } of leaves) for (let k = 0; k <= path.length; k++) paths.add(path.slice(0, k));
  // Deepest first, so both children have a slot before their parent takes their midpoint.
  const ordered = [...paths].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const path of ordered) {
    if (slotOf.has(path)) continue;
    const children = [`${path}0`, `${path}1`].filter((c) => slotOf.has(c));
    const slots = children.map((c) => slotOf.get(c)!);
    slotOf.set(path, slots.reduce((a, b) => a + b, 0) / slots.length);
  }
  const outcomeOf = new Map(leaves.map((l) => [l.path, l.outcome]));
  return [...paths]
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))
    .map((path) => ({
      path,
      depth: path.length,
      slot: slotOf.get(path)!,
      ...(outcomeOf.has(path) ? { outcome: outcomeOf.get(path)! } : {}),
    }));
}
