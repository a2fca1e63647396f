import { useId } from 'react';
import type { Unit } from '../../metrics';
import { formatCount, formatQuantity } from './format';

export interface ReadoutRowProps {
  /** What the student reads, e.g. "H(P), entropy". */
  name: string;
  /** The `data-metric` name tests and tools look the number up by. */
  metric: string;
  value: number;
  /** The unit word after the number; none for a plain number (a perplexity). */
  unit?: Unit;
}

/**
 * One live number of a widget's readout: its name and an `<output>` that shows it to 3
 * decimals and carries the full-precision value in `data-value` (`Infinity` when infinite).
 */
export function ReadoutRow({ name, metric, value, unit }: ReadoutRowProps) {
  const id = useId();
  return (
    <div className={`readout-row readout-${metric}`}>
      <label htmlFor={id}>{name}</label>
      {/* <output> is a live region by default; widgets announce on commit instead. */}
      <output id={id} data-metric={metric} data-value={String(value)} aria-live="off">
        {unit ? formatQuantity(value, unit) : formatCount(value)}
      </output>
    </div>
  );
}
