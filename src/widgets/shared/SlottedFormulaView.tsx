import { useEffect, useMemo, useRef } from 'react';
import { currentTypeset } from './typeset';
import { showFormula, typesetWithShapes, type SlottedFormula } from './typeset-slots';

export interface SlottedFormulaViewProps {
  /** The widget the formula follows, named in the placeholder before it is on the page. */
  of: string;
  /** The formula for the widget's current state, or undefined before the widget renders. */
  formula: (SlottedFormula & { text: string }) | undefined;
  /** Every shape the formula can take; a stable function (its identity keys a memo). */
  shapes: () => readonly SlottedFormula[];
}

/**
 * A live formula: typeset with every shape it can take when the page is built (where a TeX
 * engine is at hand); in the browser only its numbers change, so no TeX engine is fetched. Its
 * plain text is the group's accessible name.
 */
export function SlottedFormulaView({ of, formula, shapes }: SlottedFormulaViewProps) {
  const typeset = currentTypeset();
  const allShapes = useMemo(() => (typeset ? shapes() : []), [shapes, typeset]);
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
        // In the browser the prerendered formula stays (an empty string never replaces it) and
        // showFormula updates its numbers; with a TeX engine at hand, it is typeset here.
        suppressHydrationWarning
        dangerouslySetInnerHTML={{
          __html: typeset ? typesetWithShapes(formula, allShapes, typeset) : '',
        }}
      />
    </div>
  );
}
