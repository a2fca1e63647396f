import { describe, expect, it } from 'vitest';
import './matchers';
import { fromNats, perplexity } from './units';

describe('fromNats', () => {
  it('keeps nats and divides by ln 2 for bits', () => {
    expect(fromNats(1.5)).toBe(1.5);
    expect(fromNats(1.5, 'nats')).toBe(1.5);
    expect(fromNats(Math.LN2, 'bits')).toBe(1);
    expect(fromNats(Infinity, 'bits')).toBe(Infinity);
  });
});

describe('perplexity', () => {
  it('is e^H for nats and 2^H for bits', () => {
    // mpmath: exp(2.3) = 9.97418245481472, 2^2.3 = 4.924577653379665
    expect(perplexity(2.3)).toBeRelativelyClose(9.97418245481472, 1e-15);
    expect(perplexity(2.3, 'bits')).toBeRelativelyClose(4.924577653379665, 1e-15);
    expect(perplexity(1, 'bits')).toBe(2);
    expect(perplexity(0)).toBe(1);
  });

  it('is Infinity for an infinite cross-entropy', () => {
    expect(perplexity(Infinity)).toBe(Infinity);
    expect(perplexity(Infinity, 'bits')).toBe(Infinity);
  });
});
