import { describe, expect, it } from 'vitest';
import './matchers';
import { mixtureLogPdf, mixturePdf } from './mixture';

const P = [
  { weight: 0.5, mu: -2.2, sigma: 0.7 },
  { weight: 0.5, mu: 2.2, sigma: 0.7 },
];

describe('mixturePdf and mixtureLogPdf', () => {
  // mpmath at 40 digits: sum_i w_i N(x; mu_i, sigma_i^2) and its log, with unlimited exponent range.
  it.each([
    [0, 0.004082527081964443, -5.501039099470024],
    [1.3, 0.1246889721435106, -2.081932865302906],
    [-2.2, 0.28495877246563545, -1.2554107671927806],
  ])('at x = %s', (x, density, logDensity) => {
    expect(mixturePdf(x, P)).toBeRelativelyClose(density, 1e-14);
    expect(mixtureLogPdf(x, P)).toBeRelativelyClose(logDensity, 1e-14);
  });

  it('stays finite in log space where the density underflows', () => {
    // The density is 1.8e-634 at x = 40 and 3.7e-441211 at x = -1000.
    expect(mixturePdf(40, P)).toBe(0);
    expect(mixtureLogPdf(40, P)).toBeRelativelyClose(-1459.255410769826, 1e-14);
    expect(mixtureLogPdf(-1000, P)).toBeRelativelyClose(-1015924.561533219, 1e-14);
  });

  it('ignores zero-weight components', () => {
    const withZero = [...P, { weight: 0, mu: 0, sigma: 0.1 }];
    expect(mixtureLogPdf(0, withZero)).toBe(mixtureLogPdf(0, P));
    expect(mixturePdf(0, withZero)).toBe(mixturePdf(0, P));
  });
});
