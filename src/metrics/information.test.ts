import { describe, expect, it } from 'vitest';
import './matchers';
import { entropy, klDivergence } from './discrete';
import {
  conditionalEntropy,
  informationGain,
  jointEntropy,
  marginals,
  mutualInformation,
} from './information';

/**
 * References: mpmath 1.3 at 40 digits from the exact double inputs, marginals summed exactly:
 * I = sum p(x,y) log(p(x,y) / (p(x) p(y))), H(Y|X) = -sum p(x,y) log(p(x,y) / p(x)), and for
 * information gain H(parent) - sum_k (n_k / n) H(child k) with exact count ratios. Nats.
 */
const joints: [string, number[][], number, number][] = [
  // name, table (rows X, columns Y), I(X;Y), H(Y|X)
  [
    '2 x 2',
    [
      [0.3, 0.1],
      [0.1, 0.5],
    ],
    0.17774088384195028,
    0.49527078316730616,
  ],
  [
    'Y a function of X',
    [
      [0.25, 0],
      [0, 0.75],
    ],
    0.5623351446188084,
    0,
  ],
  [
    '3 x 3 with zeros',
    [
      [0.1, 0.05, 0],
      [0.05, 0.3, 0.1],
      [0, 0.1, 0.3],
    ],
    0.3080930697119085,
    0.702319684068633,
  ],
  [
    'a cell of 1e-300',
    [
      [1e-300, 0.5],
      [0.25, 0.25],
    ],
    0.2157615543388357,
    0.34657359027997264,
  ],
  [
    'nearly independent',
    [
      [0.25 + 2 ** -30, 0.25 - 2 ** -30],
      [0.25 - 2 ** -30, 0.25 + 2 ** -30],
    ],
    6.938893903907228e-18,
    0.6931471805599453,
  ],
  [
    // Outer product of (0.3, 0.7) and (0.6, 0.4) nudged by 1e-6; the doubles sum to 1 - 2^-54.
    'nearly independent, inexact cells',
    [
      [0.180001, 0.119999],
      [0.419999, 0.28000099999999994],
    ],
    9.92069568065532e-12,
    0.6730116669993357,
  ],
];

describe.each(joints)('%s', (_, joint, mi, conditional) => {
  it('matches the references to 1e-12 relative, in nats and bits', () => {
    expect(mutualInformation(joint)).toBeRelativelyClose(mi, 1e-12);
    expect(conditionalEntropy(joint)).toBeRelativelyClose(conditional, 1e-12);
    expect(mutualInformation(joint, 'bits')).toBeRelativelyClose(mi / Math.LN2, 1e-12);
    expect(conditionalEntropy(joint, 'bits')).toBeRelativelyClose(conditional / Math.LN2, 1e-12);
  });

  it('accepts rows given as Float64Arrays', () => {
    const rows = joint.map((row) => Float64Array.from(row));
    expect(mutualInformation(rows)).toBe(mutualInformation(joint));
    expect(conditionalEntropy(rows)).toBe(conditionalEntropy(joint));
  });
});

describe('mutualInformation', () => {
  it('is 0 (to rounding) for a product table', () => {
    // Cells a_i b_j rounded to doubles sum to 1 + 5.6e-17, so the exact value is -5.6e-17 (mpmath).
    const joint = [0.2, 0.8].map((a) => [0.5, 0.3, 0.2].map((b) => a * b));
    expect(mutualInformation(joint)).toBeGreaterThanOrEqual(0);
    expect(mutualInformation(joint)).toBeLessThan(1e-16);
  });

  it('handles a single row or column (nothing to learn)', () => {
    expect(mutualInformation([[0.2, 0.3, 0.5]])).toBe(0);
    expect(mutualInformation([[0.2], [0.3], [0.5]])).toBe(0);
  });
});

describe('conditionalEntropy', () => {
  it('is H(Y) when X is constant and 0 when Y is a function of X', () => {
    expect(conditionalEntropy([[0.5, 0.5]], 'bits')).toBe(1);
    expect(
      conditionalEntropy([
        [0.5, 0],
        [0, 0.5],
      ]),
    ).toBe(0);
  });
});

describe('informationGain', () => {
  const gains: [number[], number[][], number][] = [
    // parent counts, children counts, gain in nats
    [
      [6, 4],
      [
        [4, 1],
        [2, 3],
      ],
      0.08630462173553428,
    ],
    [
      [9, 5],
      [
        [3, 4],
        [6, 1],
      ],
      0.10524434967821282,
    ],
    [
      [10, 10, 10],
      [
        [10, 0, 0],
        [0, 10, 5],
        [0, 0, 5],
      ],
      0.7803552045207033,
    ],
    // A split that barely helps: the difference of entropies would keep only ~4 digits.
    [
      [1e6, 1e6],
      [
        [500001, 499999],
        [499999, 500001],
      ],
      2.0000000000013332e-12,
    ],
  ];

  it.each(gains)('parent %j split %j', (parent, children, gain) => {
    expect(informationGain(parent, children)).toBeRelativelyClose(gain, 1e-12);
    expect(informationGain(parent, children, 'bits')).toBeRelativelyClose(gain / Math.LN2, 1e-12);
  });

  it('is 0 for a split that keeps the class mix and H(parent) for a pure split', () => {
    expect(
      informationGain(
        [4, 2],
        [
          [2, 1],
          [2, 1],
        ],
      ),
    ).toBe(0);
    expect(
      informationGain(
        [3, 3],
        [
          [3, 0],
          [0, 3],
        ],
        'bits',
      ),
    ).toBeRelativelyClose(1, 1e-15);
  });

  it('stays finite for counts spanning the whole double range', () => {
    expect(
      informationGain(
        [1e300, 1e-300],
        [
          [1e300, 0],
          [0, 1e-300],
        ],
      ),
    ).toBe(0);
    // mpmath: H(parent) of counts (1e200, 1e200) split perfectly = log 2
    expect(
      informationGain(
        [1e200, 1e200],
        [
          [1e200, 0],
          [0, 1e200],
        ],
      ),
    ).toBeRelativelyClose(Math.LN2, 1e-15);
  });

  it('ignores empty children', () => {
    expect(
      informationGain(
        [6, 4],
        [
          [4, 1],
          [0, 0],
          [2, 3],
        ],
      ),
    ).toBe(
      informationGain(
        [6, 4],
        [
          [4, 1],
          [2, 3],
        ],
      ),
    );
  });
});

describe('jointEntropy', () => {
  // References: Python's decimal module at 60 digits, -sum p log2 p over the cells.
  it.each([
    [
      [
        [0.3, 0.2],
        [0.1, 0.4],
      ],
      1.84643934467101545,
    ],
    // X = Y uniform on 4 values: the zeros add nothing, H(X, Y) = H(X) = 2 bits.
    [
      [
        [0.25, 0, 0, 0],
        [0, 0.25, 0, 0],
        [0, 0, 0.25, 0],
        [0, 0, 0, 0.25],
      ],
      2,
    ],
    [
      [
        [0.1, 0.05, 0.05, 0],
        [0.05, 0.1, 0.05, 0.05],
        [0, 0.05, 0.2, 0.05],
        [0.05, 0, 0.05, 0.15],
      ],
      3.48418371977918895,
    ],
  ])('H of %j is %s bits', (joint, expected) => {
    expect(jointEntropy(joint, 'bits')).toBeRelativelyClose(expected, 1e-14);
  });

  it('fits the chain rule H(X, Y) = H(X) + H(Y|X) and I = H(X) + H(Y) - H(X, Y)', () => {
    const joint = [
      [0.3, 0.2],
      [0.1, 0.4],
    ];
    const hx = entropy([0.5, 0.5]);
    const hy = entropy([0.4, 0.6]);
    expect(jointEntropy(joint)).toBeCloseTo(hx + conditionalEntropy(joint), 14);
    expect(mutualInformation(joint)).toBeCloseTo(hx + hy - jointEntropy(joint), 14);
  });

  it('refuses a ragged table', () => {
    expect(() => jointEntropy([[0.5, 0.25], [0.25]])).toThrow(RangeError);
  });
});

describe('a 4 x 4 table with zero cells (lesson 6)', () => {
  // mpmath 1.3 at 40 digits from the exact doubles (marginals summed exactly), in bits.
  const joint = [
    [0.1, 0.05, 0.05, 0],
    [0.05, 0.1, 0.05, 0.05],
    [0, 0.05, 0.2, 0.05],
    [0.05, 0, 0.05, 0.15],
  ];

  it('gives I(X;Y), H(Y|X) and H(X|Y) as the references', () => {
    expect(mutualInformation(joint, 'bits')).toBeRelativelyClose(0.4601634258935057, 1e-12);
    expect(conditionalEntropy(joint, 'bits')).toBeRelativelyClose(1.4987084225518548, 1e-12);
    expect(conditionalEntropy(joint, 'bits', 'rows')).toBeRelativelyClose(
      1.5253118713338287,
      1e-12,
    );
  });

  it('fits I = H(X) - H(X|Y) = H(Y) - H(Y|X) and H(X,Y) = H(Y) + H(X|Y)', () => {
    const { px, py } = marginals(joint);
    const mi = mutualInformation(joint);
    expect(entropy(px) - conditionalEntropy(joint, 'nats', 'rows')).toBeCloseTo(mi, 14);
    expect(entropy(py) - conditionalEntropy(joint)).toBeCloseTo(mi, 14);
    expect(entropy(py) + conditionalEntropy(joint, 'nats', 'rows')).toBeCloseTo(
      jointEntropy(joint),
      14,
    );
  });

  it('is the KL divergence from the product of the marginals, D(P_XY || P_X P_Y)', () => {
    const { px, py } = marginals(joint);
    const product = px.flatMap((a) => py.map((b) => a * b));
    expect(klDivergence(joint.flat(), product, 'bits')).toBeRelativelyClose(
      mutualInformation(joint, 'bits'),
      1e-12,
    );
  });
});

describe('marginals', () => {
  it('sums rows into P(X) and columns into P(Y)', () => {
    const { px, py } = marginals([
      [0.3, 0.2],
      [0.1, 0.4],
    ]);
    expect(px[0]).toBeCloseTo(0.5, 15);
    expect(px[1]).toBeCloseTo(0.5, 15);
    expect(py[0]).toBeCloseTo(0.4, 15);
    expect(py[1]).toBeCloseTo(0.6, 15);
  });

  it('refuses a negative cell, naming it', () => {
    expect(() => marginals([[0.5, 0.6, -0.1]])).toThrow(/\[0\]\[2\]/);
  });
});

describe('the split of lesson 6', () => {
  it('10 samples (6 of class 0, 4 of class 1) split 5/5 gain 0.1245 bits', () => {
    // mpmath: H(6/10, 4/10) = 0.9709505944546686 bits; gain 0.12451124978365315 bits.
    expect(entropy([0.6, 0.4], 'bits')).toBeRelativelyClose(0.9709505944546686, 1e-14);
    expect(
      informationGain(
        [6, 4],
        [
          [4, 1],
          [2, 3],
        ],
        'bits',
      ),
    ).toBeRelativelyClose(0.12451124978365315, 1e-12);
  });
});
