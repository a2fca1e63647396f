/** How a slider moves: its range and the sizes of a small and a large step. */
export interface SliderRange {
  min: number;
  max: number;
  step: number;
  bigStep: number;
}

/**
 * The value a key press moves a slider to, or undefined if the key is not a slider key.
 * Arrows step by `step` (with Shift, by `bigStep`), Page Up/Down by `bigStep`, Home and End
 * jump to the ends (the WAI-ARIA slider pattern). Results are clamped and rounded to the
 * step's decimals, so 0.5 + 4 × 0.1 lands on 0.9, not 0.9000000000000001.
 */
export function sliderKeyValue(
  key: string,
  shiftKey: boolean,
  value: number,
  range: SliderRange,
): number | undefined {
  const small = shiftKey ? range.bigStep : range.step;
  let next: number;
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      next = value + small;
      break;
    case 'ArrowDown':
    case 'ArrowLeft':
      next = value - small;
      break;
    case 'PageUp':
      next = value + range.bigStep;
      break;
    case 'PageDown':
      next = value - range.bigStep;
      break;
    case 'Home':
      return range.min;
    case 'End':
      return range.max;
    default:
      return undefined;
  }
  const decimals = Math.max(0, -Math.floor(Math.log10(range.step)));
  const rounded = Number(next.toFixed(decimals + 2));
  return Math.min(range.max, Math.max(range.min, rounded));
}
