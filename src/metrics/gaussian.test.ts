import { describe, expect, it } from 'vitest';
import './matchers';
import { gaussianPdf } from './gaussian';
import { gaussianKl } from './gaussian-kl';

describe('gaussianPdf', () => {
  it.each([
    // x, mu, sigma, density (mpmath at 40 digits)
    [0, 0, 1, 0.3989422804014327],
    [1.3, 0, 1, 0.17136859204780736],
    [-2.2, 0, 1, 0.03547459284623142],
  ])('N(%s; %s, %s^2)', (x, mu, sigma, density) => {
    expect(gaussianPdf(x, { mu, sigma })).toBeRelativelyClose(density, 1e-14);
  });

  it('underflows to 0 far in the tail rather than NaN', () => {
    expect(gaussianPdf(1e200, { mu: 0, sigma: 1 })).toBe(0);
  });
});

describe('gaussianKl', () => {
  // mpmath at 40 digits: log(sb/sa) + (sa^2 + (ma - mb)^2) / (2 sb^2) - 1/2, inputs as exact doubles.
  it.each([
    [0, 1, 1, 2, 0.4431471805599453],
    [-2.2, 0.7, 0, 1.5, 1.4465844964913415],
    [3, 0.05, -3, 10, 4.978329866548036],
    [0, 10, 0, 0.05, 19994.20168263345],
    // Nearly equal: the textbook formula cancels to a handful of correct digits here.
    [1, 1.000001, 1, 1, 9.999996665023835e-13],
    [0, 1, 0, 1 + 2 ** -30, 8.67361736642081e-19],
  ])('D(N(%s, %s^2) || N(%s, %s^2))', (ma, sa, mb, sb, d) => {
    expect(gaussianKl({ mu: ma, sigma: sa }, { mu: mb, sigma: sb })).toBeRelativelyClose(d, 1e-13);
    expect(gaussianKl({ mu: ma, sigma: sa }, { mu: mb, sigma: sb }, 'bits')).toBeRelativelyClose(
      d / Math.LN2,
      1e-13,
    );
  });

  it('is exactly 0 for identical Gaussians', () => {
    expect(gaussianKl({ mu: 0.3, sigma: 0.7 }, { mu: 0.3, sigma: 0.7 })).toBe(0);
  });
});
