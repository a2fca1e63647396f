import { scaleBand, type ScaleBand } from 'd3-scale';

/**
 * One column per class or token from `left` to `right` (viewBox units), as the newer bar and
 * handle charts lay them out: a fifth of each step between columns, a tenth at the ends.
 */
export function columnScale(n: number, left: number, right: number): ScaleBand<number> {
  return scaleBand<number>()
    .domain(Array.from({ length: n }, (_, i) => i))
    .range([left, right])
    .paddingInner(0.2)
    .paddingOuter(0.1);
}
