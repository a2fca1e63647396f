import { describe, expect, it } from 'vitest';
import {
  bestForwardFit,
  crossEntropy,
  entropy,
  forwardKl,
  informationGain,
  klDivergence,
  normalize,
  perplexity,
  reverseKl,
} from './index';

/**
 * Numbers the lessons quote, checked through the public API to the digits they print.
 * References are the hand-computed values from the lesson texts (e.g. H(0.99, 0.01) =
 * -(0.99 log2 0.99 + 0.01 log2 0.01) = 0.0808 bits).
 */
const P = [
  { weight: 0.5, mu: -2.2, sigma: 0.7 },
  { weight: 0.5, mu: 2.2, sigma: 0.7 },
];

const facts: [string, () => number, number, number][] = [
  // statement, computation, quoted value, decimals quoted
  ['fair coin H = 1 bit', () => entropy([0.5, 0.5], 'bits'), 1, 6],
  ['fair coin H = 0.693147 nats', () => entropy([0.5, 0.5]), 0.693147, 6],
  ['H(0.99, 0.01) = 0.0808 bits', () => entropy([0.99, 0.01], 'bits'), 0.0808, 4],
  ['H(0.99, 0.01) = 0.0560 nats', () => entropy([0.99, 0.01], 'nats'), 0.056, 4],
  [
    'H(fair, (0.9, 0.1)) = 1.737 bits',
    () => crossEntropy([0.5, 0.5], [0.9, 0.1], 'bits'),
    1.737,
    3,
  ],
  [
    'D(fair || (0.9, 0.1)) = 0.737 bits',
    () => klDivergence([0.5, 0.5], [0.9, 0.1], 'bits'),
    0.737,
    3,
  ],
  [
    'one-hot vs (0.7, 0.2, 0.1): 0.357 nats',
    () => crossEntropy([1, 0, 0], [0.7, 0.2, 0.1]),
    0.357,
    3,
  ],
  ['perplexity(2.3 nats) = 9.974', () => perplexity(2.3, 'nats'), 9.974, 3],
  [
    'gain of [6, 4] -> [4, 1] | [2, 3] = 0.1245 bits',
    () =>
      informationGain(
        [6, 4],
        [
          [4, 1],
          [2, 3],
        ],
        'bits',
      ),
    0.1245,
    4,
  ],
  ['H(parent [6, 4]) = 0.971 bits', () => entropy(normalize([6, 4]), 'bits'), 0.971, 3],
  ['forward fit of the default P: mu = 0', () => bestForwardFit(P).mu, 0, 12],
  ['forward fit of the default P: sigma = 2.3087', () => bestForwardFit(P).sigma, 2.3087, 4],
  ['D(P || N(0, 1.5^2)) = 0.7558 nats', () => forwardKl(P, { mu: 0, sigma: 1.5 }), 0.7558, 4],
  ['D(N(0, 1.5^2) || P) = 1.2438 nats', () => reverseKl(P, { mu: 0, sigma: 1.5 }), 1.2438, 4],
];

describe('numbers quoted in the lessons', () => {
  it.each(facts)('%s', (_, compute, quoted, decimals) => {
    expect(compute()).toBeCloseTo(quoted, decimals);
  });

  it('forward fit sigma is exactly sqrt(0.7^2 + 2.2^2)', () => {
    expect(bestForwardFit(P).sigma).toBeCloseTo(Math.sqrt(0.7 ** 2 + 2.2 ** 2), 14);
  });
});
