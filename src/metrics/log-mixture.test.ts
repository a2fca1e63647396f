import { describe, expect, it } from 'vitest';
import './matchers';
import { LogMixture } from './log-mixture';

const P = [
  { weight: 0.3, mu: -1, sigma: 0.5 },
  { weight: 0.7, mu: 1.5, sigma: 2 },
];

describe('LogMixture', () => {
  it.each([
    // x, log p, (log p)', (log p)'' — mpmath at 40 digits (diff() for the derivatives)
    [-1, -1.1930574339035855, 0.1317358031893214, -3.1446046257126814],
    [0.25, -2.0764594382632926, -0.13314073233604812, 1.6043007995104477],
    [3, -2.2500106577033216, -0.3750000000004494, -0.2499999999930861],
    [-30, -126.00001065770336, 7.875, -0.25],
  ])('log p and its derivatives at x = %s', (x, value, slope, curvature) => {
    const lm = new LogMixture(P);
    const out = new Float64Array(3);
    lm.derivatives(x, out);
    expect(lm.logPdf(x)).toBeRelativelyClose(value, 1e-14);
    expect(out[0]).toBeRelativelyClose(value, 1e-14);
    expect(out[1]).toBeRelativelyClose(slope, 1e-13);
    expect(out[2]).toBeRelativelyClose(curvature, 1e-12);
  });

  it('finds where the components cross and how sharply log p turns there', () => {
    const kinks = new LogMixture(P).kinks().sort((a, b) => a.at - b.at);
    // mpmath findroot of l_1(x) = l_2(x)
    expect(kinks.map((k) => k.at)).toHaveLength(2);
    expect(kinks[0]!.at).toBeRelativelyClose(-2.022183612632795, 1e-13);
    expect(kinks[1]!.at).toBeRelativelyClose(-0.3111497207005386, 1e-13);
    for (const { at, width } of kinks) {
      // 1 / |difference of the two components' slopes -(x - mu) / sigma^2|
      expect(width).toBeRelativelyClose(1 / Math.abs(-(at + 1) / 0.25 + (at - 1.5) / 4), 1e-12);
    }
  });

  it('has one kink midway between equal-width, equal-weight components', () => {
    const kinks = new LogMixture([
      { weight: 0.5, mu: -2.2, sigma: 0.7 },
      { weight: 0.5, mu: 2.2, sigma: 0.7 },
    ]).kinks();
    expect(kinks).toHaveLength(1);
    expect(kinks[0]!.at).toBe(0);
    // Slopes +-2.2 / 0.49 at x = 0.
    expect(kinks[0]!.width).toBeRelativelyClose(0.49 / 4.4, 1e-14);
  });

  it('drops crossings hidden under a third component', () => {
    const kinks = new LogMixture([
      { weight: 0.05, mu: -1, sigma: 0.5 },
      { weight: 0.05, mu: 1, sigma: 0.5 },
      { weight: 0.9, mu: 0, sigma: 1 },
    ]).kinks();
    // The two small components cross at 0, deep below the big one.
    expect(kinks.map((k) => k.at)).not.toContain(0);
  });
});
