import { describe, expect, it } from 'vitest';
import { barLayout } from './bar-layout';

describe('barLayout', () => {
  it('keeps short labels and values flat in a wide band', () => {
    const layout = barLayout(140, ['heads', 'tails']);
    expect(layout).toMatchObject({ turnLabels: false, turnValues: false });
  });

  it('turns labels that would touch their neighbours, and makes room below for them', () => {
    const flat = barLayout(28, ['a', 'b']);
    const turned = barLayout(28, ['cloudy', 'storm']);
    expect(turned.turnLabels).toBe(true);
    expect(flat.turnLabels).toBe(false);
    expect(turned.bottom).toBeGreaterThan(flat.bottom);
    expect(turned.height - turned.bottom).toBe(flat.height - flat.bottom);
  });

  it('turns three-decimal values once bands are narrower than "0.125"', () => {
    expect(barLayout(28, ['a']).turnValues).toBe(true);
    expect(barLayout(40, ['a']).turnValues).toBe(false);
  });
});
