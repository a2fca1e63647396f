/** The chart's width in viewBox units: at a 320 px wide chart, one unit is about 1 px. */
export const BAR_CHART_WIDTH = 320;
/** Room for the value axis's tick labels on the left. */
export const BAR_MARGIN_X = { left: 30, right: 6 };
/** The plot's own height, between the margins. */
const PLOT = 170;
/** An 11 px label's average advance, a little generous so "cloudy" never touches "sunny". */
const CHAR = 6.6;
/** The widest value label, e.g. "0.125" (three decimals, as the table shows them). */
const VALUE_CHARS = 5;
/** Room a label needs across its band beyond its text. */
const GAP = 4;

/** How a bar chart places its text; see barLayout. */
export interface BarLayout {
  height: number;
  top: number;
  bottom: number;
  /** Outcome labels turned to read upwards. */
  turnLabels: boolean;
  /** Value labels turned to read upwards. */
  turnValues: boolean;
}

/**
 * Labels sit flat under (and values above) the bars while they fit in a band of width `step`,
 * and turn to read upwards, never shortened, once they would run into their neighbours. It
 * depends on the labels alone, never on the values, so nothing moves during a drag.
 */
export function barLayout(step: number, labels: readonly string[]): BarLayout {
  const longest = Math.max(1, ...labels.map((l) => l.length));
  const turnLabels = longest * CHAR + GAP > step;
  const turnValues = VALUE_CHARS * CHAR + GAP > step;
  const top = turnValues ? Math.ceil(VALUE_CHARS * CHAR + 12) : 22;
  const bottom = turnLabels ? Math.ceil(longest * CHAR + 12) : 30;
  return { height: top + PLOT + bottom, top, bottom, turnLabels, turnValues };
}
