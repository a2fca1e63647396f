import { useThrottledPQWidget } from '../../store/pq-widgets';
import { useKatex } from '../shared/useKatex';
import { pqFormula, type FormulaKind } from './formula';

export interface LiveFormulaProps {
  /** The `id` of the P/Q widget whose numbers to show. */
  of: string;
  /** Which formula: `entropy`, `crossEntropy` (default) or `klDivergence`. */
  show?: FormulaKind;
}

/**
 * A formula with a P/Q widget's current numbers substituted, anywhere on the page:
 * `<LiveFormula of="coin" show="crossEntropy" />`. Typeset by KaTeX once it has loaded; plain
 * text before that and without JavaScript.
 */
export function LiveFormula({ of, show = 'crossEntropy' }: LiveFormulaProps) {
  // Typesetting on every pointer move would cost a frame; 10 updates a second read as live.
  const state = useThrottledPQWidget(of, 100);
  const katex = useKatex();
  if (!state) {
    return (
      <p className="live-formula">This formula follows the widget “{of}” once it is on the page.</p>
    );
  }
  const formula = pqFormula(show, state);
  return (
    // Wide formulas scroll sideways; focusable so keyboard users can scroll them too.
    <div className="live-formula" tabIndex={0} role="group" aria-label={formula.text}>
      {katex ? (
        <span
          aria-hidden="true"
          dangerouslySetInnerHTML={{
            // Inline mode: KaTeX breaks an inline formula after relations and operators, so
            // a long sum wraps after "=" on a phone instead of hiding its result.
            __html: katex.renderToString(formula.tex, { displayMode: false, throwOnError: false }),
          }}
        />
      ) : (
        <span aria-hidden="true">{formula.text}</span>
      )}
    </div>
  );
}
