/** The joint table's geometry in viewBox units, for a table of `rows` x `cols` cells. */
export function gridLayout(rows: number, cols: number) {
  const width = 320;
  /** Row labels on the left, the P(X) strip on the right, P(Y) below. */
  const left = 70;
  const strip = 56;
  const top = 22;
  const cell = Math.min((width - left - strip) / cols, 240 / rows);
  const gridRight = left + cols * cell;
  const gridBottom = top + rows * cell;
  return { width, height: gridBottom + strip + 6, left, top, cell, strip, gridRight, gridBottom };
}
