import { memo } from 'react';
import { useThrottledPQWidget } from '../../store/pq-widgets';
import { formatNumber, formatProbability } from '../shared/format';
import { pqMetrics } from './derive';
import { labelOf } from './state';

interface ContributionsProps {
  /** The widget whose terms to show. */
  id: string;
  highlighted: number | undefined;
}

/**
 * A number in the table, in a fixed-size box: the table follows a drag, and a table re-lays
 * out all its cells when one changes width. Boxed, each number redraws on its own.
 */
function Figure({ children }: { children: string }) {
  return <span className="term-figure">{children}</span>;
}

/**
 * Each outcome's share of the cross-entropy, −p log q, and of the KL divergence, p log(p/q), so
 * students see which outcome costs the most. The row of the hovered or focused bar lights up.
 */
export const Contributions = memo(function Contributions(props: ContributionsProps) {
  const { id, highlighted } = props;
  // Nobody reads a table that changes 60 times a second: it trails a drag by at most 100 ms,
  // and costs nothing on the frames in between.
  const state = useThrottledPQWidget(id, 100);
  if (!state) return null;
  const { p, unit } = state;
  const metrics = pqMetrics(state);
  const labels = p.map((_, i) => labelOf(state.labels, i));
  const finite = Array.from(metrics.crossEntropyTerms).filter(Number.isFinite);
  const largest = Math.max(...finite, 1e-12);
  return (
    // On narrow screens the table scrolls sideways; focusable so keyboards can scroll it too.
    <div className="pq-terms-scroll" tabIndex={0} role="region" aria-label="Terms per outcome">
      <table className="pq-terms">
        <caption>What each outcome costs ({unit})</caption>
        <thead>
          <tr>
            <th scope="col">outcome</th>
            <th scope="col">p(x)</th>
            <th scope="col">q(x)</th>
            <th scope="col">−p log q</th>
            <th scope="col">p log(p/q)</th>
          </tr>
        </thead>
        <tbody>
          {labels.map((label, i) => {
            const ce = metrics.crossEntropyTerms[i]!;
            const share = Number.isFinite(ce) ? ce / largest : 1;
            return (
              <tr key={i} className={highlighted === i ? 'is-highlighted' : undefined}>
                <th scope="row">{label}</th>
                <td>
                  <Figure>{formatProbability(p[i]!, 3)}</Figure>
                </td>
                <td>
                  <Figure>{formatProbability(metrics.model[i]!, 3)}</Figure>
                </td>
                <td>
                  <span className="term-bar" style={{ transform: `scaleX(${share.toFixed(3)})` }} />
                  <Figure>{formatNumber(ce)}</Figure>
                </td>
                <td>
                  <Figure>{formatNumber(metrics.klTerms[i]!)}</Figure>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
});
