import { describe, expect, it } from 'vitest';
import { fromPosition, temperatureKey, toPosition } from './temperature';

describe('temperature slider', () => {
  it('maps 0.1, 1 and 10 to the start, middle and end of a log scale', () => {
    expect(toPosition(0.1)).toBeCloseTo(-1, 12);
    expect(toPosition(1)).toBe(0);
    expect(toPosition(10)).toBe(1);
    expect(fromPosition(Math.log10(2))).toBe(2);
    // Two significant digits, clamped to the range.
    expect(fromPosition(0.3)).toBe(2);
    expect(fromPosition(5)).toBe(10);
    expect(fromPosition(-3)).toBe(0.1);
  });

  it('steps arrows through round stops, three at a time with Shift or Page keys', () => {
    expect(temperatureKey('ArrowUp', false, 1)).toBe(1.2);
    expect(temperatureKey('ArrowRight', false, 1.2)).toBe(1.5);
    expect(temperatureKey('ArrowDown', false, 1)).toBe(0.9);
    expect(temperatureKey('ArrowUp', true, 1)).toBe(2);
    expect(temperatureKey('PageDown', false, 1)).toBe(0.7);
    // From between two stops, the next stop in the direction pressed.
    expect(temperatureKey('ArrowUp', false, 1.1)).toBe(1.2);
    expect(temperatureKey('ArrowDown', false, 1.1)).toBe(1);
  });

  it('stays inside 0.1 to 10, and Home and End jump to the ends', () => {
    expect(temperatureKey('ArrowUp', false, 10)).toBe(10);
    expect(temperatureKey('ArrowDown', true, 0.1)).toBe(0.1);
    expect(temperatureKey('Home', false, 3)).toBe(0.1);
    expect(temperatureKey('End', false, 3)).toBe(10);
    expect(temperatureKey('a', false, 3)).toBeUndefined();
  });
});
