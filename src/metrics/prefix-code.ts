import { checkDistribution } from './validate';
import type { Distribution } from './types';

/** One outcome's codeword in a binary prefix code: its bits, e.g. "10". */
export interface PrefixCode {
  /** codewords[i] is outcome i's codeword. */
  codewords: string[];
  /** The average codeword length sum p(x) len(x), in bits per outcome. */
  averageLength: number;
}

interface Node {
  weight: number;
  /** Outcomes below this node, in order of index, so ties break the same way every time. */
  outcomes: number[];
  /**
   * Order of creation. Among equal weights the newer node counts as the lighter, so a distribution
   * listed from likely to unlikely gets codewords that read in order: 0, 10, 11.
   */
  order: number;
}

/**
 * Huffman's optimal binary prefix code for one outcome at a time (Huffman 1952; Cover and
 * Thomas, section 5.6): repeatedly merge the two lightest nodes; the lighter one gets the bit 1.
 * Its average length L satisfies H(P) <= L < H(P) + 1 bits, with L = H(P) exactly when every
 * p(x) is a power of 1/2. Outcomes with p(x) = 0 still get a codeword (they never cost anything).
 * A single outcome gets the empty codeword: nothing needs sending when the outcome is certain.
 */
export function huffmanCode(p: Distribution): PrefixCode {
  checkDistribution(p, 'p');
  const probabilities = Array.from(p);
  const codewords = probabilities.map(() => '');
  let order = 0;
  let nodes: Node[] = probabilities.map((weight, i) => ({ weight, outcomes: [i], order: order++ }));
  while (nodes.length > 1) {
    nodes = [...nodes].sort((a, b) => a.weight - b.weight || b.order - a.order);
    const [light, heavy, ...rest] = nodes as [Node, Node, ...Node[]];
    for (const i of heavy.outcomes) codewords[i] = `0${codewords[i]}`;
    for (const i of light.outcomes) codewords[i] = `1${codewords[i]}`;
    const outcomes = [...heavy.outcomes, ...light.outcomes].sort((a, b) => a - b);
    nodes = [...rest, { weight: light.weight + heavy.weight, outcomes, order: order++ }];
  }
  const averageLength = probabilities.reduce((sum, pi, i) => sum + pi * codewords[i]!.length, 0);
  return { codewords, averageLength };
}
