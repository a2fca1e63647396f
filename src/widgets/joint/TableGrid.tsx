import { memo, useRef, type KeyboardEvent } from 'react';
import { formatProbability } from '../shared/format';
import { SLIDER_KEYS } from '../shared/slider-key-names';
import { sliderKeyValue } from '../shared/slider-keys';
import { useSvgDrag } from '../shared/useSvgDrag';
import { BarGrip } from '../shared/BarGrip';
import { gridLayout } from './grid-layout';

const probabilityRange = { min: 0, max: 1, step: 0.01, bigStep: 0.1 };
/** A finger's hit area at a tile's top edge, in viewBox units: 44 px once the grid is 271 px wide. */
const GRIP_HIT = 52;
/** Half a cell value's 12-unit text. */
const HALF_TEXT = 6;
/** From the grip to the middle of a cell's value: half the grip, a gap, half the text. */
const LABEL_GAP = 3 + 2 + HALF_TEXT;

export interface TableGridProps {
  joint: readonly (readonly number[])[];
  px: readonly number[];
  py: readonly number[];
  xLabels: readonly string[];
  yLabels: readonly string[];
  onChange(i: number, j: number, value: number): void;
  /** The end of a drag or key press: the moment to announce and grade. */
  onCommit(): void;
}

/**
 * The joint table as tiles: each cell fills from its bottom edge to p(x, y) of its height and is
 * a slider (drag it, or use the keys). P(X) runs down the right edge, P(Y) along the bottom,
 * both following every move. SVG only; the state lives with the caller.
 */
export const TableGrid = memo(function TableGrid(props: TableGridProps) {
  const { joint, px, py, xLabels, yLabels } = props;
  const svgRef = useRef<SVGSVGElement>(null);
  const cols = joint[0]!.length;
  const layout = gridLayout(joint.length, cols);
  const { cell, left, top, width, height, gridRight, gridBottom, strip } = layout;

  // Keyed by the cell's index in reading order: a number keeps its identity across renders.
  const drag = useSvgDrag<number>(
    svgRef,
    (k, point) => {
      const i = Math.floor(k / cols);
      const j = k % cols;
      const bottom = top + (i + 1) * cell - 2;
      props.onChange(i, j, (bottom - point.y) / (cell - 4));
    },
    () => props.onCommit(),
  );

  function onKeyDown(i: number, j: number, event: KeyboardEvent) {
    const next = sliderKeyValue(event.key, event.shiftKey, joint[i]![j]!, probabilityRange);
    if (next === undefined) return;
    event.preventDefault();
    props.onChange(i, j, next);
  }

  return (
    <svg
      ref={svgRef}
      className="joint-grid"
      viewBox={`0 0 ${width} ${height}`}
      role="group"
      aria-label="Joint distribution of X (rows) and Y (columns)"
    >
      {yLabels.map((label, j) => (
        <text
          key={`y${j}`}
          className="joint-axis-label"
          x={left + (j + 0.5) * cell}
          y={top - 8}
          textAnchor="middle"
        >
          {label}
        </text>
      ))}
      {xLabels.map((label, i) => (
        <text
          key={`x${i}`}
          className="joint-axis-label"
          x={left - 6}
          y={top + (i + 0.5) * cell}
          dy="0.35em"
          textAnchor="end"
        >
          {label}
        </text>
      ))}
      {joint.map((row, i) =>
        row.map((value, j) => {
          const x0 = left + j * cell;
          const y0 = top + i * cell;
          const inner = cell - 4;
          const fillTop = y0 + 2 + inner * (1 - value);
          return (
            <g
              key={`${i}-${j}`}
              className="joint-cell"
              role="slider"
              tabIndex={0}
              aria-label={`P(${xLabels[i]}, ${yLabels[j]})`}
              aria-orientation="vertical"
              aria-valuemin={0}
              aria-valuemax={1}
              aria-valuenow={Number(value.toFixed(4))}
              aria-valuetext={formatProbability(value, 3)}
              onKeyDown={(event) => onKeyDown(i, j, event)}
              onKeyUp={(event) => {
                if (SLIDER_KEYS.has(event.key)) props.onCommit();
              }}
              {...drag(i * cols + j)}
            >
              <rect
                className="joint-tile"
                x={x0 + 1}
                y={y0 + 1}
                width={cell - 2}
                height={cell - 2}
              />
              <rect
                className="joint-fill"
                x={x0 + 2}
                y={fillTop}
                width={inner}
                height={y0 + 2 + inner - fillTop}
              />
              <rect
                className="joint-focus"
                x={x0 - 1}
                y={y0 - 1}
                width={cell + 2}
                height={cell + 2}
                rx={4}
              />
              <BarGrip
                prefix="joint"
                left={x0}
                width={cell}
                at={fillTop}
                hit={Math.min(GRIP_HIT, cell)}
              >
                {/* Above the fill while the tile has room there, else just inside it: never
                    under the grip, and moved by the grip's one transform. */}
                <text
                  className="joint-value"
                  x={x0 + cell / 2}
                  y={fillTop - LABEL_GAP - HALF_TEXT >= y0 + 2 ? -LABEL_GAP : LABEL_GAP}
                  dy="0.35em"
                  textAnchor="middle"
                >
                  {formatProbability(value, 3)}
                </text>
              </BarGrip>
            </g>
          );
        }),
      )}
      <text className="joint-strip-title" x={gridRight + 6} y={top - 8}>
        P(X)
      </text>
      {px.map((value, i) => (
        <g key={`px${i}`} className="joint-marginal" data-marginal={`x${i}`}>
          <rect
            x={gridRight + 6}
            y={top + i * cell + cell * 0.3}
            width={Math.max(0, value * (strip - 10))}
            height={cell * 0.4}
          />
          <text x={gridRight + 8} y={top + i * cell + cell * 0.3 - 3}>
            {formatProbability(value, 3)}
          </text>
        </g>
      ))}
      <text className="joint-strip-title" x={left - 6} y={gridBottom + 14} textAnchor="end">
        P(Y)
      </text>
      {py.map((value, j) => (
        <g key={`py${j}`} className="joint-marginal" data-marginal={`y${j}`}>
          <rect
            x={left + j * cell + cell * 0.3}
            y={gridBottom + 6}
            width={cell * 0.4}
            height={Math.max(0, value * (strip - 18))}
          />
          <text
            x={left + j * cell + cell / 2}
            y={gridBottom + 6 + value * (strip - 18) + 12}
            textAnchor="middle"
          >
            {formatProbability(value, 3)}
          </text>
        </g>
      ))}
    </svg>
  );
});
