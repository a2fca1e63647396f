import { describe, expect, it } from 'vitest';
import './matchers';
import { costliestToken, meanTokenLoss, tokenLosses } from './token-loss';
import { perplexity } from './units';

// References: mpmath 1.3 at 50 digits, mean of -ln q over the tokens (q read as the doubles given).
describe('meanTokenLoss and perplexity', () => {
  it.each([
    [[0.5, 0.25, 0.8], 0.7675283643313485, 1.1073093649624541, 2.154434690031884],
    // A near-certain token keeps its tiny loss; 1e-3 dominates the mean.
    [[1e-3, 1, 0.999999], 2.302585426327546, 3.32192857578595, 10.000003333335556],
  ])('q = %j: %s nats, %s bits, perplexity %s', (q, nats, bits, ppl) => {
    expect(meanTokenLoss(q)).toBeRelativelyClose(nats, 1e-14);
    expect(meanTokenLoss(q, 'bits')).toBeRelativelyClose(bits, 1e-14);
    // e^(mean nats) = 2^(mean bits): the same effective number of choices either way.
    expect(perplexity(meanTokenLoss(q))).toBeRelativelyClose(ppl, 1e-13);
    expect(perplexity(meanTokenLoss(q, 'bits'), 'bits')).toBeRelativelyClose(ppl, 1e-13);
  });

  it('a loss of 2.3 nats is a perplexity of 9.974 (mpmath: 9.97418245481472)', () => {
    expect(perplexity(2.3)).toBeRelativelyClose(9.97418245481472, 1e-14);
  });

  it('uniform guessing over V tokens has perplexity V; certainty has perplexity 1', () => {
    expect(perplexity(meanTokenLoss([1 / 50, 1 / 50, 1 / 50]))).toBeRelativelyClose(50, 1e-14);
    expect(meanTokenLoss([1, 1])).toBe(0);
    expect(perplexity(meanTokenLoss([1, 1]))).toBe(1);
  });

  it('gives each token its loss and finds the costliest (the first on a tie)', () => {
    expect(Array.from(tokenLosses([0.5, 1], 'bits'))).toEqual([1, 0]);
    expect(costliestToken([0.5, 0.1, 0.9, 0.1])).toBe(1);
  });

  it('refuses probabilities outside (0, 1] and an empty text', () => {
    expect(() => meanTokenLoss([0.5, 0])).toThrow(/token probability at index 1: 0/);
    expect(() => meanTokenLoss([1.5])).toThrow(RangeError);
    expect(() => meanTokenLoss([NaN])).toThrow(RangeError);
    expect(() => meanTokenLoss([])).toThrow(/token probabilities/);
    expect(() => costliestToken([0.2, -1])).toThrow(/index 1/);
  });
});
