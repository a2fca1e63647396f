import { useCallback, useMemo } from 'react';
import { useSettledPQWidget } from '../../store/pq-widgets';
import { SlottedFormulaView } from '../shared/SlottedFormulaView';
import { pqFormula, pqFormulaShapes, type FormulaKind } from './formula';

export interface LiveFormulaProps {
  /** The `id` of the P/Q widget whose numbers to show. */
  of: string;
  /** Which formula: `entropy`, `crossEntropy` (default) or `klDivergence`. */
  show?: FormulaKind;
}

/**
 * A formula with a P/Q widget's current numbers substituted, anywhere on the page:
 * `<LiveFormula of="coin" show="crossEntropy" />`. KaTeX typesets it when the page is built,
 * along with every other shape it can take (units, number of terms); in the browser only its
 * numbers change, so no TeX engine is fetched. Its text is the group's accessible name.
 */
export function LiveFormula({ of, show = 'crossEntropy' }: LiveFormulaProps) {
  // Re-rendering on pointer moves would cost frames; the numbers catch up when the drag rests.
  const state = useSettledPQWidget(of);
  const formula = useMemo(() => (state ? pqFormula(show, state) : undefined), [show, state]);
  const shapes = useCallback(() => pqFormulaShapes(show), [show]);
  return <SlottedFormulaView of={of} formula={formula} shapes={shapes} />;
}
