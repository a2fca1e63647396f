import { describe, expect, it } from 'vitest';
import { codeTreeLayout } from './code-tree-layout';

describe('codeTreeLayout', () => {
  it('lays out the code 0, 10, 11: root over the middle, leaves in codeword order', () => {
    expect(codeTreeLayout(['0', '10', '11'])).toEqual([
      { path: '', depth: 0, slot: 0.75 },
      { path: '0', depth: 1, slot: 0, outcome: 0 },
      { path: '1', depth: 1, slot: 1.5 },
      { path: '10', depth: 2, slot: 1, outcome: 1 },
      { path: '11', depth: 2, slot: 2, outcome: 2 },
    ]);
  });

  it('keeps leaves apart whatever order the outcomes come in', () => {
    const nodes = codeTreeLayout(['11', '0', '10']);
    const leaves = nodes.filter((n) => n.outcome !== undefined);
    expect(leaves.map((n) => [n.outcome, n.slot])).toEqual([
      [1, 0],
      [2, 1],
      [0, 2],
    ]);
  });
});
