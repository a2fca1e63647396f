import { useEffect, useMemo, useRef } from 'react';
import { currentTypeset } from '../shared/typeset';
import { showFormula, typesetWithShapes } from '../shared/typeset-slots';
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
  // Re-rendering on every pointer move would cost a frame; 10 updates a second read as live.
  const state = softmaxWidgets.useThrottledWidget(of, 100);
  const formula = useMemo(() => (state ? softmaxFormula(state) : undefined), [state]);
  const typeset = currentTypeset();
  const shapes = useMemo(() => (typeset ? softmaxFormulaShapes() : []), [typeset]);
  const math = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!typeset && formula && math.current) showFormula(math.current, formula);
  }, [typeset, formula]);

  if (!formula) {
    return (
      <p className="live-formula">This formula follows the widget “{of}” once it is on the page.</p>
    );
  }
  return (
    // Wide formulas scroll sideways; focusable so keyboard users can scroll them too.
    <div className="live-formula" tabIndex={0} role="group" aria-label={formula.text}>
      <span
        aria-hidden="true"
        ref={math}
        suppressHydrationWarning
        dangerouslySetInnerHTML={{
          __html: typeset ? typesetWithShapes(formula, shapes, typeset) : '',
        }}
      />
    </div>
  );
}
