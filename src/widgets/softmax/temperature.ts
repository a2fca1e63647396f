import { MAX_TEMPERATURE, MIN_TEMPERATURE } from './state';

/**
 * The temperature slider works on a log scale: 0.1 to 1 takes as much travel as 1 to 10, as
 * halving and doubling T matter equally. Keys step through round values (1.5, not 1.122) so a
 * student can land on T = 2 or T = 0.5 exactly; a pointer moves continuously and is rounded to
 * two significant digits.
 */
export const temperatureStops = [
  0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7,
  8, 9, 10,
] as const;

/** How many stops Shift, Page Up and Page Down skip. */
const BIG = 3;

/** The slider position (log10 T, from -1 to 1) of a temperature, and back. */
export const toPosition = (t: number) => Math.log10(t);
export function fromPosition(position: number): number {
  const t = Number((10 ** position).toPrecision(2));
  return Math.min(MAX_TEMPERATURE, Math.max(MIN_TEMPERATURE, t));
}

/**
 * The temperature a key moves the slider to, or undefined for other keys: arrows to the next
 * stop up or down (Shift and Page Up/Down three stops), Home and End to the ends.
 */
export function temperatureKey(key: string, shiftKey: boolean, t: number): number | undefined {
  const last = temperatureStops.length - 1;
  // The first stop above t, and the last one below it (t itself may lie between stops).
  const above = temperatureStops.findIndex((s) => s > t + 1e-9);
  const below = temperatureStops.findLastIndex((s) => s < t - 1e-9);
  const up = (steps: number) =>
    temperatureStops[Math.min(last, (above === -1 ? last : above) + steps - 1)];
  const down = (steps: number) =>
    temperatureStops[Math.max(0, (below === -1 ? 0 : below) - steps + 1)];
  switch (key) {
    case 'ArrowUp':
    case 'ArrowRight':
      return up(shiftKey ? BIG : 1);
    case 'ArrowDown':
    case 'ArrowLeft':
      return down(shiftKey ? BIG : 1);
    case 'PageUp':
      return up(BIG);
    case 'PageDown':
      return down(BIG);
    case 'Home':
      return MIN_TEMPERATURE;
    case 'End':
      return MAX_TEMPERATURE;
    default:
      return undefined;
  }
}
