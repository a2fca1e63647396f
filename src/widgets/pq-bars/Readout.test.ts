import { describe, expect, it } from 'vitest';
import { klLabelPlace, pictureExtent } from './Readout';

describe('pictureExtent (the readout picture axis)', () => {
  it('reaches a quarter past log n while H(P,Q) fits', () => {
    expect(pictureExtent(1, 1)).toBe(1.25);
    expect(pictureExtent(Math.log2(3), 0.5)).toBeCloseTo(1.25 * 1.584962500721156, 12);
  });

  it('doubles as often as H(P,Q) needs, so a drag rescales it only at those steps', () => {
    // The fair coin against Q = (0.9, 0.1): H(P,Q) = 1.737 bits.
    expect(pictureExtent(1, 1.737)).toBe(2.5);
    expect(pictureExtent(1, 2.5)).toBe(2.5);
    expect(pictureExtent(1, 2.51)).toBe(5);
  });

  it('stays at its base when H(P,Q) is infinite (the band then runs to the end)', () => {
    expect(pictureExtent(1, Infinity)).toBe(1.25);
  });
});

describe('klLabelPlace (the band label, in picture units; the label needs 70)', () => {
  it('sits beside the band while the picture has room to its right', () => {
    expect(klLabelPlace(150, 200, 308)).toEqual({ x: 205, anchor: 'start', inside: false });
  });

  it('moves inside the band, against its right end, when the band is wide enough', () => {
    expect(klLabelPlace(120, 260, 308)).toEqual({ x: 255, anchor: 'end', inside: true });
  });

  it('otherwise sits in the H(P) bar just left of a narrow band, never across both', () => {
    // The playground's default: H(P) = 1 bit, H(P,Q) = 1.126 bits on a 1.25-bit axis.
    expect(klLabelPlace(258, 283.2, 308)).toEqual({ x: 253, anchor: 'end', inside: true });
  });
});
