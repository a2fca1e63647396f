import { describe, expect, it } from 'vitest';
import { dragMean, dragSigma, mapPointToQ, qToMapPoint } from './drag';

describe('dragMean', () => {
  it('moves the mean by the pointer travel, not to the pointer', () => {
    // Grabbed at x = 1 while mu = 0; the pointer moves to x = 2.5.
    expect(dragMean(0, 1, 2.5)).toBeCloseTo(1.5, 12);
    expect(dragMean(-1, 3, 1)).toBeCloseTo(-3, 12);
  });
  it('stops at the ends of the mean slider', () => {
    expect(dragMean(5, 0, 4)).toBe(6);
    expect(dragMean(-5, 0, -40)).toBe(-6);
  });
});

describe('dragSigma', () => {
  it.each([
    [0, 1.5, 1.5],
    [0, -2, 2],
    [1, 3.25, 2.25],
    [0, 0.01, 0.2],
    [0, 9, 5],
  ])('mu %d, handle at x = %d gives sigma %d', (mu, x, sigma) => {
    expect(dragSigma(mu, x)).toBeCloseTo(sigma, 12);
  });
});

describe('mapPointToQ', () => {
  it('reads corners and the centre of the map', () => {
    expect(mapPointToQ(0, 0)).toEqual({ mu: -6, sigma: 5 });
    expect(mapPointToQ(1, 1)).toEqual({ mu: 6, sigma: 0.2 });
    const centre = mapPointToQ(0.5, 0.5);
    expect(centre.mu).toBeCloseTo(0, 12);
    expect(centre.sigma).toBeCloseTo(2.6, 12);
  });
  it('clamps clicks on the border', () => {
    expect(mapPointToQ(-0.1, 1.2)).toEqual({ mu: -6, sigma: 0.2 });
  });
  it('is undone by qToMapPoint', () => {
    const { fx, fy } = qToMapPoint(2.2, 0.7);
    const q = mapPointToQ(fx, fy);
    expect(q.mu).toBeCloseTo(2.2, 12);
    expect(q.sigma).toBeCloseTo(0.7, 12);
  });
});
