import type { ReactNode } from 'react';
import { grip } from './useSvgDrag';

export interface BarGripProps {
  /** The widget's class prefix: draws `<prefix>-grip` and `<prefix>-grip-hit`. */
  prefix: string;
  /** The bar's left edge and width, in the chart's units. */
  left: number;
  width: number;
  /** The height of the bar's top edge, where the grip sits. */
  at: number;
  /** The hit area's height: a finger's width at the chart's smallest size. */
  hit: number;
  /** Drawn in the grip's frame (y = 0 is the bar's top edge), so it moves with the grip. */
  children?: ReactNode;
}

/**
 * The handle on a draggable bar's top edge: a small visible grip, and the wider area a finger
 * may grab (the only part a touch drag starts on; see useSvgDrag). Both move as one group, so a
 * drag changes one attribute here, not two; so does a label given as children.
 */
export function BarGrip({ prefix, left, width, at, hit, children }: BarGripProps) {
  return (
    <g transform={`translate(0 ${at})`}>
      <rect
        className={`${prefix}-grip`}
        x={left + width / 2 - Math.min(9, width / 2 - 2)}
        y={-3}
        width={Math.min(18, width - 4)}
        height={6}
        rx={3}
      />
      <rect
        className={`${prefix}-grip-hit`}
        {...grip}
        x={left}
        y={-hit / 2}
        width={width}
        height={hit}
      />
      {children}
    </g>
  );
}
