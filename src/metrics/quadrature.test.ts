import { describe, expect, it } from 'vitest';
import './matchers';
import { integrate } from './quadrature';
import type { QuadratureOptions } from './quadrature';

const tight: QuadratureOptions = {
  dims: 1,
  controlled: 1,
  absTol: 1e-13,
  relTol: 1e-14,
  maxPanels: 500,
};

function integral(f: (x: number) => number, breaks: number[], options = tight): number {
  const out = new Float64Array(1);
  integrate((x, values) => (values[0] = f(x)), breaks, options, out);
  return out[0]!;
}

describe('integrate', () => {
  it('is exact for polynomials up to degree 22 on a single K15 panel', () => {
    const onePanel = { ...tight, maxPanels: 1 };
    for (let k = 0; k <= 22; k++) {
      expect(integral((x) => x ** k, [0, 1], onePanel)).toBeRelativelyClose(1 / (k + 1), 1e-14);
    }
  });

  it('adapts to an endpoint singularity and a sharp interior peak', () => {
    expect(integral(Math.sqrt, [0, 1])).toBeRelativelyClose(2 / 3, 1e-11);
    // mpmath: 200 atan(100)
    expect(integral((x) => 1 / (1e-4 + x * x), [-1, 1])).toBeRelativelyClose(
      312.15933202164626,
      1e-12,
    );
  });

  it('starts from the given breakpoints, skipping empty panels', () => {
    const step = (x: number): number => (x < 0.3 ? 1 : 0);
    expect(integral(step, [0, 0.3, 0.3, 1])).toBeRelativelyClose(0.3, 1e-15);
  });

  it('integrates every component of a vector integrand on the same panels', () => {
    const out = new Float64Array(3);
    integrate(
      (x, values) => {
        values[0] = Math.exp(-x);
        values[1] = x * Math.exp(-x);
        values[2] = Math.cos(x);
      },
      [0, 2, 10],
      { dims: 3, controlled: 2, absTol: 1e-13, relTol: 1e-14, maxPanels: 100 },
      out,
    );
    expect(out[0]).toBeRelativelyClose(1 - Math.exp(-10), 1e-13);
    expect(out[1]).toBeRelativelyClose(1 - 11 * Math.exp(-10), 1e-13);
    // Not error-controlled, but smooth, so the panels chosen for the others suffice.
    expect(out[2]).toBeRelativelyClose(Math.sin(10), 1e-6);
  });

  it('stops at maxPanels with the best estimate so far', () => {
    const coarse = { ...tight, maxPanels: 3 };
    const estimate = integral(Math.sqrt, [0, 1], coarse);
    expect(Math.abs(estimate - 2 / 3)).toBeGreaterThan(1e-12);
    expect(Math.abs(estimate - 2 / 3)).toBeLessThan(1e-4);
  });
});
