import type { Unit } from '../../metrics';
import { ReadoutRow } from '../shared/ReadoutRow';

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
      <ReadoutRow name="D(P‖Q), forward KL" metric="forwardKl" value={forward} unit={unit} />
      <ReadoutRow name="D(Q‖P), reverse KL" metric="reverseKl" value={reverse} unit={unit} />
    </div>
  );
}
