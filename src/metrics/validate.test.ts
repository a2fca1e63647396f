import { describe, expect, it } from 'vitest';
import {
  bestForwardFit,
  bestReverseFits,
  conditionalEntropy,
  crossEntropy,
  entropy,
  forwardKl,
  fromNats,
  gaussianKl,
  gaussianPdf,
  informationGain,
  jsDivergence,
  klDivergence,
  logSoftmax,
  mixtureLogPdf,
  mixturePdf,
  mutualInformation,
  normalize,
  perplexity,
  reverseKl,
  mixWithUniform,
  softmax,
} from './index';
import type { Unit } from './index';

const P = [
  { weight: 0.5, mu: -2.2, sigma: 0.7 },
  { weight: 0.5, mu: 2.2, sigma: 0.7 },
];
const Q = { mu: 0, sigma: 1.5 };

/** Every invalid input is a RangeError whose message names the bad value and where it is. */
const rejected: [string, () => unknown, string][] = [
  [
    'negative probability',
    () => entropy([0.5, 0.6, -0.1]),
    'invalid probability at index 2: -0.1; must be a finite number >= 0',
  ],
  [
    'NaN probability',
    () => entropy([NaN, 1]),
    'invalid probability at index 0: NaN; must be a finite number >= 0',
  ],
  [
    'infinite probability',
    () => entropy([1, Infinity]),
    'invalid probability at index 1: Infinity; must be a finite number >= 0',
  ],
  ['empty distribution', () => entropy([]), 'invalid distribution: (empty); must be non-empty'],
  [
    'sum off 1',
    () => entropy([0.5, 0.6]),
    'invalid sum of probabilities: 1.1; must be 1 (within 1e-9); normalize() rescales raw weights',
  ],
  [
    'sum off 1 by just over the tolerance',
    () => entropy([0.5, 0.5, 2e-9]),
    'invalid sum of probabilities: 1.000000002; must be 1 (within 1e-9); normalize() rescales raw weights',
  ],
  [
    'bad entry in q',
    () => crossEntropy([0.5, 0.5], [1.5, -0.5]),
    'invalid probability in q at index 1: -0.5; must be a finite number >= 0',
  ],
  [
    'bad sum in p',
    () => klDivergence([0.5, 0.4], [0.5, 0.5]),
    'invalid sum of probabilities in p: 0.9; must be 1 (within 1e-9); normalize() rescales raw weights',
  ],
  ['empty q', () => jsDivergence([1], []), 'invalid distribution q: (empty); must be non-empty'],
  [
    'length mismatch',
    () => klDivergence([0.5, 0.5], [0.2, 0.3, 0.5]),
    'invalid length of q: 3; must be the length of p (2)',
  ],
  [
    'bad joint cell',
    () =>
      mutualInformation([
        [0.5, 0.2],
        [0.4, -0.1],
      ]),
    'invalid probability at index [1][1]: -0.1; must be a finite number >= 0',
  ],
  [
    'ragged joint',
    () => conditionalEntropy([[0.5, 0.25], [0.25]]),
    'invalid length of joint row 1: 1; must be 2 like row 0',
  ],
  [
    'joint not summing to 1',
    () => mutualInformation([[0.5, 0.25]]),
    'invalid sum of joint probabilities: 0.75; must be 1 (within 1e-9); normalize() rescales raw weights',
  ],
  [
    'empty joint',
    () => mutualInformation([]),
    'invalid joint distribution: (empty); must be non-empty',
  ],
  [
    'negative count',
    () =>
      informationGain(
        [6, 4],
        [
          [4, 1],
          [2, -3],
        ],
      ),
    'invalid count of child 1 at index 1: -3; must be a finite number >= 0',
  ],
  [
    'children not partitioning the parent',
    () =>
      informationGain(
        [6, 4],
        [
          [4, 1],
          [2, 2],
        ],
      ),
    "invalid children's total for class 1: 3; must be the parent count (4)",
  ],
  [
    'child with the wrong number of classes',
    () =>
      informationGain(
        [6, 4],
        [
          [4, 1, 0],
          [2, 3],
        ],
      ),
    'invalid number of classes of child 0: 3; must be 2 like the parent',
  ],
  [
    'empty parent',
    () => informationGain([0, 0], [[0, 0]]),
    'invalid parent counts: all 0; must include a count > 0',
  ],
  [
    'zero sigma',
    () => gaussianPdf(0, { mu: 0, sigma: 0 }),
    'invalid sigma of g: 0; must be a finite number > 0',
  ],
  [
    'NaN mu of q',
    () => forwardKl(P, { mu: NaN, sigma: 1 }),
    'invalid mu of q: NaN; must be a finite number',
  ],
  [
    'negative sigma of b',
    () => gaussianKl(Q, { mu: 0, sigma: -1 }),
    'invalid sigma of b: -1; must be a finite number > 0',
  ],
  [
    'mixture sigma',
    () => reverseKl([{ weight: 1, mu: 0, sigma: -0.5 }], Q),
    'invalid sigma of mixture component at index 0: -0.5; must be a finite number > 0',
  ],
  [
    'mixture weight',
    () =>
      mixturePdf(0, [
        { weight: 1.5, mu: 0, sigma: 1 },
        { weight: -0.5, mu: 1, sigma: 1 },
      ]),
    'invalid weight of mixture component at index 1: -0.5; must be a finite number >= 0',
  ],
  [
    'mixture weights not summing to 1',
    () => bestForwardFit([{ weight: 0.5, mu: 0, sigma: 1 }]),
    'invalid sum of mixture weights: 0.5; must be 1 (within 1e-9); normalize() rescales raw weights',
  ],
  ['empty mixture', () => bestReverseFits([]), 'invalid mixture: (empty); must be non-empty'],
  ['infinite x', () => mixtureLogPdf(Infinity, P), 'invalid x: Infinity; must be a finite number'],
  [
    'negative weight',
    () => normalize([1, -2]),
    'invalid weight at index 1: -2; must be a finite number >= 0',
  ],
  [
    'all-zero weights',
    () => normalize([0, 0]),
    'invalid weights: all 0; must include a weight > 0',
  ],
  ['empty weights', () => normalize([]), 'invalid weights: (empty); must be non-empty'],
  [
    'epsilon out of range',
    () => mixWithUniform([1, 0], 1.5),
    'invalid epsilon: 1.5; must be a number in [0, 1]',
  ],
  ['NaN logit', () => softmax([1, NaN]), 'invalid logit at index 1: NaN; must be a finite number'],
  [
    'zero temperature',
    () => logSoftmax([1, 2], 0),
    'invalid temperature: 0; must be a finite number > 0',
  ],
  ['empty logits', () => softmax([]), 'invalid logits: (empty); must be non-empty'],
  [
    'NaN cross-entropy',
    () => perplexity(NaN),
    'invalid cross-entropy: NaN; must be a finite number',
  ],
  [
    'unknown unit',
    () => entropy([1], 'bans' as Unit),
    "invalid unit: bans; must be 'bits' or 'nats'",
  ],
  [
    'unknown unit in fromNats',
    () => fromNats(1, 'Bits' as Unit),
    "invalid unit: Bits; must be 'bits' or 'nats'",
  ],
];

describe('invalid input', () => {
  it.each(rejected)('%s throws a RangeError naming the value', (_, call, message) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });

  it('accepts sums within 1e-9 of 1', () => {
    expect(entropy([0.5, 0.5 + 5e-10])).toBeCloseTo(Math.LN2, 9);
    expect(entropy([0.25, 0.25, 0.25, 0.25 - 9e-10])).toBeCloseTo(Math.log(4), 8);
  });
});
