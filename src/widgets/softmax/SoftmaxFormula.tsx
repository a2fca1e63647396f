import { useMemo } from 'react';
import { SlottedFormulaView } from '../shared/SlottedFormulaView';
import { softmaxFormula, softmaxFormulaShapes } from './formula';
import { softmaxWidgets } from './store';

export interface SoftmaxFormulaProps {
  /** The `id` of the logits-to-loss widget whose numbers to show. */
  of: string;
}

/**
 * The widget's loss worked out with its current numbers: log-sum-exp minus the true class's
 * scaled logit (or the label-smoothed sum). Typeset at build in each of its shapes, like the P/Q
 * widget's LiveFormula; the browser only changes the numbers, so it fetches no TeX engine.
 */
export function SoftmaxFormula({ of }: SoftmaxFormulaProps) {
  // Re-rendering on pointer moves would cost frames; the numbers catch up when the drag rests.
  const state = softmaxWidgets.useSettledWidget(of);
  const formula = useMemo(() => (state ? softmaxFormula(state) : undefined), [state]);
  return <SlottedFormulaView of={of} formula={formula} shapes={softmaxFormulaShapes} />;
}
