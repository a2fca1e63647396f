import { describe, expect, it } from 'vitest';
import './matchers';
import { klTerm, logRatio, uMinusLog1p } from './log-terms';

describe('logRatio', () => {
  it('is accurate near 1 and at the ends of the double range', () => {
    // mpmath at 40 digits: log(1 + 2^-40), log(1 / 5e-324), log(1e-320), log(0.3 / 0.7),
    // log(MAX_VALUE / 5e-324)
    expect(logRatio(1 + 2 ** -40, 1)).toBeRelativelyClose(9.094947017725146e-13, 1e-15);
    expect(logRatio(1, 5e-324)).toBeRelativelyClose(744.4400719213812, 1e-15);
    expect(logRatio(1e-320, 1)).toBeRelativelyClose(-736.8272408909739, 1e-15);
    expect(logRatio(0.3, 0.7)).toBeRelativelyClose(-0.8472978603872036, 1e-15);
    expect(logRatio(Number.MAX_VALUE, 5e-324)).toBeRelativelyClose(1454.2227848147652, 1e-15);
  });
});

describe('uMinusLog1p', () => {
  it('matches u - log(1 + u) on both sides of the series threshold', () => {
    // mpmath at 40 digits, u taken as the exact double.
    expect(uMinusLog1p(1e-8)).toBeRelativelyClose(4.999999966666667e-17, 1e-15);
    expect(uMinusLog1p(-0.05)).toBeRelativelyClose(0.0012932943875505335, 1e-15);
    expect(uMinusLog1p(0.1)).toBeRelativelyClose(0.00468982019567514, 1e-15);
    expect(uMinusLog1p(0.3)).toBeRelativelyClose(0.03763573553250894, 1e-15);
    expect(uMinusLog1p(0)).toBe(0);
  });
});

describe('klTerm', () => {
  it('is a log(a/b) - a + b, >= 0, accurate near a = b', () => {
    // mpmath at 40 digits.
    expect(klTerm(0.25, 0.25 + 2 ** -30)).toBeRelativelyClose(1.7347234716685748e-18, 1e-14);
    expect(klTerm(0.5, 0.1)).toBeRelativelyClose(0.4047189562170502, 1e-15);
    expect(klTerm(0.1, 0.5)).toBeRelativelyClose(0.23905620875658995, 1e-15);
    expect(klTerm(5e-324, 1)).toBe(1);
    expect(klTerm(0, 0.3)).toBe(0.3);
    expect(klTerm(0.3, 0.3)).toBe(0);
  });
});
