import { useId } from 'react';
import type { Unit } from '../../metrics';
import { formatQuantity } from '../shared/format';

/** One number: a label and an <output> carrying the full-precision value for tests and tools. */
function Metric(props: { name: string; metric: string; value: number; unit: Unit }) {
  const id = useId();
  return (
    <div className={`readout-row readout-${props.metric}`}>
      <label htmlFor={id}>{props.name}</label>
      {/* <output> is a live region by default; the widget announces on commit instead. */}
      <output id={id} data-metric={props.metric} data-value={String(props.value)} aria-live="off">
        {formatQuantity(props.value, props.unit)}
      </output>
    </div>
  );
}

/** D(P||Q) and D(Q||P), live. */
export function Readout({
  forward,
  reverse,
  unit,
}: {
  forward: number;
  reverse: number;
  unit: Unit;
}) {
  return (
    <div className="kl-readout">
      <Metric name="D(P‖Q), forward KL" metric="forwardKl" value={forward} unit={unit} />
      <Metric name="D(Q‖P), reverse KL" metric="reverseKl" value={reverse} unit={unit} />
    </div>
  );
}
