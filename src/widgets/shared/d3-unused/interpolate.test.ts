import { scaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { interpolate, interpolateNumber, interpolateRound } from './interpolate';

// The stand-in vite.config.ts puts in place of d3-interpolate in the site's bundle (unit tests
// run with the real one, so it is checked here against d3's own results).
describe('numbers-only interpolation', () => {
  it('gives what d3 gives for a numeric range, mapping and rounding', () => {
    const ours = scaleLinear().domain([0, 2]).range([10, 110]).interpolate(interpolate);
    const d3s = scaleLinear().domain([0, 2]).range([10, 110]);
    for (const x of [-1, 0, 0.37, 1.5, 2, 3]) expect(ours(x)).toBe(d3s(x));
    expect(interpolateNumber(-4, 6)(0.25)).toBe(-1.5);
    expect(interpolateRound(0, 10)(0.34)).toBe(3);
  });

  it('refuses a colour or any other non-number plainly instead of drawing nonsense', () => {
    expect(() => interpolate('white', 'black')).toThrow('interpolate numbers only');
  });
});
