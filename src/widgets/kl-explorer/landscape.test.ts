import { describe, expect, it } from 'vitest';
import { forwardKl, MixtureDivergences, reverseKl } from '../../metrics';
import { mapPointToQ } from './drag';
import { cellCentre, emptyGrid, fillRows, landscapePixels } from './landscape';
import { defaultKLState } from './state';

const p = defaultKLState.p;

describe('landscape grid', () => {
  it('cell centres sit where a click on the map would put Q', () => {
    const c = cellCentre(3, 1, 4, 2);
    const clicked = mapPointToQ(3.5 / 4, 1.5 / 2);
    expect(c.mu).toBeCloseTo(clicked.mu, 12);
    expect(c.sigma).toBeCloseTo(clicked.sigma, 12);
  });

  it('holds both divergences for every cell, row by row', () => {
    const grid = emptyGrid(6, 4);
    const kl = new MixtureDivergences(p);
    fillRows(kl, grid, 0, 2);
    fillRows(kl, grid, 2, 4);
    const q = cellCentre(4, 3, 6, 4);
    expect(grid.forward[3 * 6 + 4]).toBe(forwardKl(p, q));
    expect(grid.reverse[3 * 6 + 4]).toBe(reverseKl(p, q));
    expect(grid.forward.every((v) => Number.isFinite(v) && v >= 0)).toBe(true);
  });

  it('maps the smallest value to the darkest colour and the largest to the brightest', () => {
    const pixels = landscapePixels(Float64Array.from([0, 1, 100]));
    expect([...pixels.slice(0, 4)]).toEqual([68, 1, 84, 255]);
    expect([...pixels.slice(8, 12)]).toEqual([253, 231, 37, 255]);
  });
});
