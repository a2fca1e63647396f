import { describe, expect, it } from 'vitest';
import { SLIDER_KEYS } from './slider-key-names';
import { sliderKeyValue } from './slider-keys';

const probability = { min: 0, max: 1, step: 0.01, bigStep: 0.1 };

describe('sliderKeyValue', () => {
  it.each([
    ['ArrowUp', false, 0.5, 0.51],
    ['ArrowRight', false, 0.5, 0.51],
    ['ArrowDown', false, 0.5, 0.49],
    ['ArrowLeft', false, 0.5, 0.49],
    ['ArrowUp', true, 0.5, 0.6],
    ['ArrowDown', true, 0.5, 0.4],
    ['PageUp', false, 0.5, 0.6],
    ['PageDown', false, 0.5, 0.4],
    ['Home', false, 0.5, 0],
    ['End', false, 0.5, 1],
    ['ArrowUp', true, 0.95, 1],
    ['ArrowDown', false, 0.004, 0],
  ])('%s (shift %s) from %d goes to %d', (key, shift, from, to) => {
    expect(sliderKeyValue(key, shift, from, probability)).toBe(to);
  });

  it('lands on clean decimals after repeated steps', () => {
    let v = 0.5;
    for (let i = 0; i < 4; i++) v = sliderKeyValue('ArrowUp', true, v, probability)!;
    expect(v).toBe(0.9);
  });

  it('ignores keys that are not slider keys', () => {
    expect(sliderKeyValue('Enter', false, 0.5, probability)).toBeUndefined();
    expect(sliderKeyValue('a', true, 0.5, probability)).toBeUndefined();
  });

  it('answers exactly the keys SLIDER_KEYS names (the list pages use before widget code arrives)', () => {
    const keys = ['ArrowUp', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'PageUp', 'PageDown', 'Home'];
    const answered = [...keys, 'End', 'Enter', ' ', 'Tab', 'Escape', 'a', '+'].filter(
      (key) => sliderKeyValue(key, false, 0.5, probability) !== undefined,
    );
    expect(new Set(answered)).toEqual(SLIDER_KEYS);
  });
});
