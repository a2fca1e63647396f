import { describe, expect, it } from 'vitest';
import { xs } from './curves';
import { klMetrics } from './derive';
import { setWeight } from './p-edit';
import { defaultKLState, klStateFromProps } from './state';

describe('klMetrics', () => {
  it('gives the reference figures for the default state', () => {
    const m = klMetrics(defaultKLState);
    expect(m.forward).toBeCloseTo(0.7558, 4);
    expect(m.reverse).toBeCloseTo(1.2438, 4);
  });

  it("the integrand's area is the divergence, in either direction and unit", () => {
    const dx = xs[1]! - xs[0]!;
    for (const direction of ['forward', 'reverse'] as const) {
      for (const unit of ['nats', 'bits'] as const) {
        const m = klMetrics({ ...defaultKLState, direction, unit });
        const area = m.integrand.reduce((a, v) => a + v * dx, 0);
        expect(area).toBeCloseTo(direction === 'forward' ? m.forward : m.reverse, 3);
      }
    }
  });

  it('stays finite with Q far from P', () => {
    const m = klMetrics({ ...defaultKLState, q: { mu: 6, sigma: 0.2 } });
    expect(Number.isFinite(m.forward)).toBe(true);
    expect(m.integrand.every(Number.isFinite)).toBe(true);
  });

  it('computes each state once', () => {
    expect(klMetrics(defaultKLState)).toBe(klMetrics(defaultKLState));
  });
});

describe('klStateFromProps', () => {
  it('rescales weights and rejects bad props with a message naming them', () => {
    const s = klStateFromProps({
      mixture: [
        { weight: 2, mu: 0, sigma: 1 },
        { weight: 2, mu: 1, sigma: 1 },
      ],
    });
    expect(s.p.map((c) => c.weight)).toEqual([0.5, 0.5]);
    expect(() => klStateFromProps({ q: { mu: 0, sigma: 0 } })).toThrow(
      'KLExplorer: q.sigma must be between 0.2 and 5, got 0',
    );
    expect(() => klStateFromProps({ mixture: [] })).toThrow(RangeError);
    expect(() => klStateFromProps({ mixture: [{ weight: 1, mu: NaN, sigma: 1 }] })).toThrow(
      'mu of component 1',
    );
  });
});

describe('setWeight', () => {
  it('keeps the weights summing to 1 and the others in ratio', () => {
    const p = [
      { weight: 0.2, mu: 0, sigma: 1 },
      { weight: 0.2, mu: 1, sigma: 1 },
      { weight: 0.6, mu: 2, sigma: 1 },
    ];
    const w = setWeight(p, 0, 0.6).map((c) => c.weight);
    expect(w[0]).toBe(0.6);
    expect(w[1]).toBeCloseTo(0.1, 12);
    expect(w[2]).toBeCloseTo(0.3, 12);
  });
});
