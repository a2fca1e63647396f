import { Children, isValidElement, type ReactNode } from 'react';
import { LnBoundPlot } from './LnBoundPlot';

export interface DerivationProps {
  /** What the steps show, e.g. "Why D(P‖Q) is never negative". */
  title: string;
  /** A picture to set beside the steps: `lnBound` (ln t ≤ t − 1). */
  figure?: 'lnBound';
  /** The steps in order: each a paragraph, with any display formulas written under it. */
  children: ReactNode;
}

/** A display formula (`$$ ... $$` in the lesson) belongs to the step written just above it. */
function isDisplayMath(block: ReactNode): boolean {
  if (!isValidElement<{ className?: string }>(block)) return false;
  return /\b(math|katex)-display\b/.test(block.props.className ?? '');
}

/** The blocks grouped into steps: a paragraph with the display formulas that follow it. */
function stepsOf(children: ReactNode): ReactNode[][] {
  const steps: ReactNode[][] = [];
  for (const block of Children.toArray(children)) {
    if (isDisplayMath(block) && steps.length > 0) steps.at(-1)!.push(block);
    else steps.push([block]);
  }
  return steps;
}

/** The steps from `index` on: the first shown, each later one behind a "Next step" disclosure. */
function stepsFrom(steps: ReactNode[][], index: number): ReactNode {
  if (index >= steps.length) return null;
  const step = <div className="derivation-step">{steps[index]}</div>;
  if (index === 0) return [step, stepsFrom(steps, 1)];
  return (
    <details className="derivation-next">
      <summary>
        Next step ({index + 1} of {steps.length})
      </summary>
      {step}
      {stepsFrom(steps, index + 1)}
    </details>
  );
}

/**
 * A derivation a student reveals one line at a time. Built from native disclosures, so it works
 * with the keyboard and without any script: nothing on the page has to hydrate for it.
 */
export function Derivation({ title, figure, children }: DerivationProps) {
  const steps = stepsOf(children);
  return (
    <section className="derivation" aria-label={title}>
      <div className="derivation-steps">
        <p className="derivation-title">{title}</p>
        {stepsFrom(steps, 0)}
      </div>
      {figure === 'lnBound' ? <LnBoundPlot /> : null}
    </section>
  );
}
