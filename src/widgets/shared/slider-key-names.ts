/**
 * The keys a slider answers (the WAI-ARIA slider pattern; `sliderKeyValue` maps each to a value):
 * a widget commits as one comes up. A module of its own, outside the widget kit, so a page's entry
 * can know them without fetching any widget code: an island still waiting for its code keeps these
 * keys from scrolling the page.
 */
export const SLIDER_KEYS: ReadonlySet<string> = new Set([
  'ArrowUp',
  'ArrowRight',
  'ArrowDown',
  'ArrowLeft',
  'PageUp',
  'PageDown',
  'Home',
  'End',
]);
