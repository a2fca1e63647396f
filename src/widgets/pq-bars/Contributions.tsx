import { memo } from 'react';
import { crossEntropyTerms, surprisals } from '../../metrics';
import { useSettledPQWidget } from '../../store/pq-widgets';
import { formatNumber, formatProbability } from '../shared/format';
import { pqMetrics, pqTerms } from './derive';
import { labelOf, type PQState } from './state';

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

/** The table's columns after the outcome: headings, and each row's numbers. */
interface Columns {
  headings: string[];
  /** One entry per outcome: its numbers, formatted, in column order. */
  rows: string[][];
  /** The column drawn with a bar too (its largest finite value fills the bar). */
  barred: number;
  barValues: ArrayLike<number>;
}

function compareColumns(state: PQState): Columns {
  const { model } = pqMetrics(state);
  const m = pqTerms(state);
  return {
    headings: ['p(x)', 'q(x)', '−p log q', 'p log(p/q)'],
    rows: state.p.map((p, i) => [
      formatProbability(p, 3),
      formatProbability(model[i]!, 3),
      formatNumber(m.crossEntropyTerms[i]!),
      formatNumber(m.klTerms[i]!),
    ]),
    barred: 2,
    barValues: m.crossEntropyTerms,
  };
}

/** P alone: each outcome's surprise, and its share of the entropy (surprise times p). */
function entropyColumns(state: PQState): Columns {
  const surprise = surprisals(state.p, state.unit);
  const share = crossEntropyTerms(state.p, state.p, state.unit);
  return {
    headings: ['p(x)', 'surprise −log p', '−p log p'],
    rows: state.p.map((p, i) => [
      formatProbability(p, 3),
      formatNumber(surprise[i]!),
      formatNumber(share[i]!),
    ]),
    barred: 2,
    barValues: share,
  };
}

/**
 * Each outcome's share of the cross-entropy, −p log q, and of the KL divergence, p log(p/q), so
 * students see which outcome costs the most; for P alone, each outcome's surprise and share of
 * the entropy. The row of the hovered or focused bar lights up.
 */
export const Contributions = memo(function Contributions(props: ContributionsProps) {
  const { id, highlighted } = props;
  // Nobody reads a table while it moves: it catches up when the drag rests, and costs a drag
  // nothing.
  const state = useSettledPQWidget(id);
  if (!state) return null;
  const { headings, rows, barred, barValues } = (state.showQ ? compareColumns : entropyColumns)(
    state,
  );
  const largest = Math.max(...Array.from(barValues).filter(Number.isFinite), 1e-12);
  const barScale = (i: number) => {
    const value = barValues[i]!;
    return Number.isFinite(value) ? value / largest : 1;
  };
  return (
    // On narrow screens the table scrolls sideways; focusable so keyboards can scroll it too.
    <div className="pq-terms-scroll" tabIndex={0} role="group" aria-label="Terms per outcome">
      <table className={state.showQ ? 'pq-terms' : 'pq-terms is-p-alone'}>
        <caption>
          {state.showQ ? 'What each outcome costs' : 'How surprising each outcome is'} ({state.unit}
          )
        </caption>
        <thead>
          <tr>
            <th scope="col">outcome</th>
            {headings.map((heading) => (
              <th key={heading} scope="col">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells, i) => (
            <tr key={i} className={highlighted === i ? 'is-highlighted' : undefined}>
              <th scope="row">{labelOf(state.labels, i)}</th>
              {cells.map((cell, column) => (
                <td key={column}>
                  {column === barred ? (
                    <span
                      className="term-bar"
                      style={{ transform: `scaleX(${barScale(i).toFixed(3)})` }}
                    />
                  ) : null}
                  <Figure>{cell}</Figure>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
