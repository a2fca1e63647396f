import { bench, describe } from 'vitest';
import { bestReverseFits, entropy, forwardKl, klDivergence, reverseKl } from './index';
import type { Gaussian } from './index';
import { generatedDistribution } from './discrete.fixtures';

/**
 * The three speed targets of the metrics module (run: npx vitest bench --run src/metrics).
 * Targets: entropy and klDivergence of 10^6 outcomes <= 15 ms each; forwardKl + reverseKl for one
 * (P, Q) <= 0.2 ms (a drag recomputes both on every pointer move); bestReverseFits of a
 * two-component P <= 20 ms. Read the "mean" column (milliseconds).
 */

const p = generatedDistribution(1_000_000, 7919, 10007);
const q = generatedDistribution(1_000_000, 104729, 9973);

describe('10^6 outcomes (target <= 15 ms each)', () => {
  bench('entropy', () => {
    entropy(p);
  });
  bench('klDivergence', () => {
    klDivergence(p, q);
  });
});

const P = [
  { weight: 0.5, mu: -2.2, sigma: 0.7 },
  { weight: 0.5, mu: 2.2, sigma: 0.7 },
];

// A drag: Q sweeps across and beyond P, narrow to wide, one position per call.
const drag: Gaussian[] = [];
for (let i = 0; i < 64; i++) {
  drag.push({ mu: -10 + (20 * i) / 63, sigma: 0.05 * 200 ** (((i * 7) % 64) / 63) });
}
let frame = 0;

describe('continuous KL, one (P, Q) (target <= 0.2 ms)', () => {
  bench('forwardKl + reverseKl, default P, Q = N(0, 1.5^2)', () => {
    forwardKl(P, { mu: 0, sigma: 1.5 });
    reverseKl(P, { mu: 0, sigma: 1.5 });
  });
  bench('forwardKl + reverseKl, default P, Q dragged over |mu| <= 10, 0.05 <= sigma <= 10', () => {
    const g = drag[frame++ % drag.length]!;
    forwardKl(P, g);
    reverseKl(P, g);
  });
});

describe('bestReverseFits (target <= 20 ms)', () => {
  bench('default two-component P', () => {
    bestReverseFits(P);
  });
});
