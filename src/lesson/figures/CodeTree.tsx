import { entropy, huffmanCode } from '../../metrics';
import { formatNumber, formatProbability, formatQuantity } from '../../widgets/shared/format';
import { codeTreeLayout } from './code-tree-layout';

export interface CodeTreeProps {
  /** The distribution to code, one outcome at a time (Huffman's code). */
  p: number[];
  /** A name per outcome; default A, B, C, ... */
  labels?: string[];
}

const slotWidth = 96;
const bits = (n: number) => `${n} ${n === 1 ? 'bit' : 'bits'}`;
const levelHeight = 62;
const margin = { top: 18, side: 56, bottom: 58 };

/**
 * The best prefix code for P drawn as a tree: each left branch is a 0, each right branch a 1,
 * and an outcome's codeword is the path from the root to its leaf. Codes, lengths and both
 * averages are computed (src/metrics), drawn at build time, with no script.
 */
export function CodeTree({ p, labels }: CodeTreeProps) {
  const names = labels ?? p.map((_, i) => String.fromCharCode(65 + i));
  const { codewords, averageLength } = huffmanCode(p);
  const nodes = codeTreeLayout(codewords);
  const leaves = codewords.length;
  const depth = Math.max(...codewords.map((c) => c.length));
  const width = margin.side * 2 + (leaves - 1) * slotWidth;
  const height = margin.top + depth * levelHeight + margin.bottom;
  const at = (slot: number, level: number) => ({
    x: margin.side + slot * slotWidth,
    y: margin.top + level * levelHeight,
  });
  const place = new Map(nodes.map((n) => [n.path, at(n.slot, n.depth)]));
  const h = entropy(p, 'bits');
  const rows = codewords.map((c, i) => `${names[i]}: codeword ${c}, ${bits(c.length)}`);
  return (
    <figure className="lesson-figure code-tree">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`A code tree. ${rows.join('; ')}. Average length ${formatNumber(averageLength)} bits.`}
      >
        {nodes
          .filter((n) => n.depth > 0)
          .map((n) => {
            const from = place.get(n.path.slice(0, -1))!;
            const to = place.get(n.path)!;
            return (
              <g key={`e${n.path}`}>
                <line className="figure-edge" x1={from.x} y1={from.y} x2={to.x} y2={to.y} />
                <text
                  className="figure-label"
                  x={(from.x + to.x) / 2 + (n.path.endsWith('0') ? -10 : 10)}
                  y={(from.y + to.y) / 2}
                  textAnchor="middle"
                >
                  {n.path.at(-1)}
                </text>
              </g>
            );
          })}
        {nodes.map((n) => {
          const { x, y } = place.get(n.path)!;
          if (n.outcome === undefined) {
            return <circle key={n.path} className="figure-node" cx={x} cy={y} r={5} />;
          }
          const i = n.outcome;
          return (
            <g key={n.path}>
              <circle className="figure-leaf" cx={x} cy={y} r={7} />
              <text className="figure-label figure-strong" x={x} y={y + 24} textAnchor="middle">
                {names[i]} = {codewords[i]}
              </text>
              <text className="figure-label" x={x} y={y + 40} textAnchor="middle">
                p = {formatProbability(p[i]!, 4)}, {bits(codewords[i]!.length)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        Average length:{' '}
        {codewords.map((c, i) => `${formatProbability(p[i]!, 4)} × ${c.length}`).join(' + ')} ={' '}
        {formatQuantity(averageLength, 'bits')} per outcome; the entropy is{' '}
        {formatQuantity(h, 'bits')}.
      </figcaption>
    </figure>
  );
}
