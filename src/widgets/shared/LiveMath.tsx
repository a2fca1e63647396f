import { useEffect, useMemo, useRef } from 'react';
import { currentTypeset } from './typeset';
import { showFormula, typesetWithShapes, type SlottedFormula } from './typeset-slots';

export interface LiveMathProps {
  /** The formula with the current numbers, and its plain text (the accessible name). */
  formula: SlottedFormula & { text: string };
  /** Every shape the formula can take, typeset at build so the browser only swaps numbers. */
  shapes: () => readonly SlottedFormula[];
}

/**
 * A formula whose numbers follow a widget: typeset by KaTeX when the page is built (with every
 * shape it can take), and in the browser only its numbers change, so no TeX engine is fetched.
 */
export function LiveMath({ formula, shapes }: LiveMathProps) {
  const typeset = currentTypeset();
  const allShapes = useMemo(() => (typeset ? shapes() : []), [shapes, typeset]);
  const math = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    if (!typeset && math.current) showFormula(math.current, formula);
  }, [typeset, formula]);

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
