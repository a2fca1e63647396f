import { describe, expect, it } from 'vitest';
import { formatCount, formatNumber, formatProbability, formatQuantity } from './format';

describe('formatNumber', () => {
  it.each([
    [1, 3, '1.000'],
    [1.7369655941662063, 3, '1.737'],
    [0.0807931359, 3, '0.081'],
    [-0.25, 2, '−0.25'],
    [-1e-17, 3, '0.000'],
    [Infinity, 3, '∞'],
    [-Infinity, 3, '−∞'],
    [NaN, 3, '—'],
    [2.5, 0, '3'],
  ])('%s with %s decimals reads %s', (value, digits, text) => {
    expect(formatNumber(value, digits)).toBe(text);
  });
});

describe('formatQuantity', () => {
  it('appends the unit', () => {
    expect(formatQuantity(0.6931471805599453, 'nats')).toBe('0.693 nats');
    expect(formatQuantity(Infinity, 'bits')).toBe('∞ bits');
  });
});

describe('formatProbability', () => {
  it.each([
    [0.25, 2, '0.25'],
    [0.09999999999999998, 2, '0.1'],
    [0.9000000000000001, 2, '0.9'],
    [1, 2, '1'],
    [0, 2, '0'],
    [1 / 3, 3, '0.333'],
    [0.004, 2, '0'],
  ])('%s at %s decimals reads %s', (value, digits, text) => {
    expect(formatProbability(value, digits)).toBe(text);
  });
});

describe('formatCount', () => {
  it('reads like formatNumber below a million and with an exponent above', () => {
    expect(formatCount(1.5174480603940774)).toBe('1.517');
    expect(formatCount(Math.exp(160))).toBe('3.070e+69');
    expect(formatCount(Infinity)).toBe('∞');
  });
});
