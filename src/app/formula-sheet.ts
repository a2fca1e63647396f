import { fromNats } from '../metrics';
import { formatNumber } from '../widgets/shared/format';

/** One formula of the sheet, and the lesson section that explains it. */
export interface SheetFormula {
  name: string;
  /** TeX, typeset at build. */
  tex: string;
  /** One line on when it holds or what it means. */
  note?: string;
  /** `<lesson slug>#<section id>`: a test checks every one of these exists. */
  explained: string;
}

/** How many bits one nat is: computed, like every number the site shows. */
const bitsPerNat = formatNumber(fromNats(1, 'bits'), 4);

/** Every definition and identity the lessons use, in the order they teach them. */
export const formulaSheet: readonly { heading: string; formulas: readonly SheetFormula[] }[] = [
  {
    heading: 'Entropy',
    formulas: [
      {
        name: 'Surprise of an outcome',
        tex: 'I(x) = -\\log p(x)',
        explained: 'entropy#the-definition',
      },
      {
        name: 'Entropy',
        tex: 'H(P) = -\\sum_x p(x) \\log p(x)',
        note: 'The average surprise. log base 2 gives bits, the natural log nats.',
        explained: 'entropy#the-definition',
      },
      {
        name: 'Bounds',
        tex: '0 \\le H(P) \\le \\log n',
        note: 'Zero for a certain outcome; log n, the most, for the uniform distribution on n outcomes.',
        explained: 'entropy#the-definition',
      },
      {
        name: 'Units',
        tex: `1\\ \\text{nat} = \\log_2 e\\ \\text{bits} \\approx ${bitsPerNat}\\ \\text{bits}`,
        explained: 'entropy#entropy-as-a-code-length',
      },
    ],
  },
  {
    heading: 'Cross-entropy',
    formulas: [
      {
        name: 'Cross-entropy',
        tex: 'H(P, Q) = -\\sum_x p(x) \\log q(x)',
        note: 'The average code length when outcomes follow P and the code was built for Q.',
        explained: 'cross-entropy#the-definition',
      },
      {
        name: 'Never below the entropy',
        tex: 'H(P, Q) \\ge H(P)',
        note: 'With equality exactly when Q = P.',
        explained: 'cross-entropy#never-below-the-entropy',
      },
    ],
  },
  {
    heading: 'KL divergence',
    formulas: [
      {
        name: 'KL divergence',
        tex: 'D(P \\,\\|\\, Q) = \\sum_x p(x) \\log \\frac{p(x)}{q(x)}',
        note: 'Infinite when some q(x) = 0 < p(x).',
        explained: 'kl-divergence#the-definition',
      },
      {
        name: 'The decomposition',
        tex: 'H(P, Q) = H(P) + D(P \\,\\|\\, Q)',
        explained: 'kl-divergence#the-definition',
      },
      {
        name: 'Gibbs’ inequality',
        tex: 'D(P \\,\\|\\, Q) \\ge 0',
        note: 'With equality exactly when P = Q.',
        explained: 'kl-divergence#three-properties',
      },
      {
        name: 'Not symmetric',
        tex: 'D(P \\,\\|\\, Q) \\ne D(Q \\,\\|\\, P) \\text{ in general}',
        explained: 'kl-divergence#three-properties',
      },
    ],
  },
  {
    heading: 'Forward and reverse KL',
    formulas: [
      {
        name: 'KL divergence of densities',
        tex: 'D(p \\,\\|\\, q) = \\int p(x) \\log \\frac{p(x)}{q(x)} \\, dx',
        explained: 'forward-reverse-kl#the-definition-from-sums-to-integrals',
      },
      {
        name: 'Forward KL: covers the mass',
        tex: '\\min_Q D(P \\,\\|\\, Q)',
        note: 'For a Gaussian Q, the optimum matches P’s mean and variance.',
        explained: 'forward-reverse-kl#forward-kl-covers-the-mass',
      },
      {
        name: 'Reverse KL: seeks a mode',
        tex: '\\min_Q D(Q \\,\\|\\, P)',
        explained: 'forward-reverse-kl#reverse-kl-seeks-a-mode',
      },
      {
        name: 'Two Gaussians, in nats',
        tex: 'D\\big(\\mathcal N(\\mu_1, \\sigma_1^2) \\,\\|\\, \\mathcal N(\\mu_2, \\sigma_2^2)\\big) = \\ln \\frac{\\sigma_2}{\\sigma_1} + \\frac{\\sigma_1^2 + (\\mu_1 - \\mu_2)^2}{2 \\sigma_2^2} - \\frac{1}{2}',
        explained: 'forward-reverse-kl#two-gaussians-in-closed-form',
      },
    ],
  },
  {
    heading: 'Cross-entropy in practice',
    formulas: [
      {
        name: 'Softmax with temperature',
        tex: 'q_i = \\frac{e^{z_i / T}}{\\sum_j e^{z_j / T}}',
        explained: 'cross-entropy-in-practice#intuition-from-logits-to-a-loss',
      },
      {
        name: 'Cross-entropy from logits',
        tex: '-\\log q_y = \\log \\sum_j e^{z_j} - z_y',
        note: 'Computed as log-sum-exp, never as softmax then log: stable at any logits.',
        explained: 'cross-entropy-in-practice#intuition-from-logits-to-a-loss',
      },
      {
        name: 'Label smoothing',
        tex: 'P = (1 - \\varepsilon)\\,\\text{one-hot}(y) + \\frac{\\varepsilon}{n}',
        explained: 'cross-entropy-in-practice#label-smoothing',
      },
      {
        name: 'Distillation loss',
        tex: 'T^2 \\, D\\big(\\operatorname{softmax}(t / T) \\,\\|\\, \\operatorname{softmax}(z / T)\\big)',
        note: 'T² keeps the gradients’ size comparable as T changes.',
        explained: 'cross-entropy-in-practice#knowledge-distillation',
      },
      {
        name: 'Perplexity',
        tex: '\\mathrm{PPL} = e^{\\bar{\\ell}_{\\text{nats}}} = 2^{\\bar{\\ell}_{\\text{bits}}}',
        note: 'The mean per-token loss as an effective number of equally likely choices.',
        explained: 'cross-entropy-in-practice#a-worked-example-per-token-loss-and-perplexity',
      },
    ],
  },
  {
    heading: 'Mutual information',
    formulas: [
      {
        name: 'Joint and conditional entropy',
        tex: 'H(X \\mid Y) = H(X, Y) - H(Y)',
        explained: 'mutual-information#the-formal-core',
      },
      {
        name: 'Mutual information',
        tex: 'I(X; Y) = D(P_{XY} \\,\\|\\, P_X P_Y) = H(X) - H(X \\mid Y)',
        note: 'Zero exactly when X and Y are independent.',
        explained: 'mutual-information#the-formal-core',
      },
      {
        name: 'Information gain of a split',
        tex: '\\mathrm{IG} = H(\\text{parent}) - \\sum_k \\frac{n_k}{n} H(\\text{child}_k)',
        explained: 'mutual-information#information-gain-choosing-a-split',
      },
      {
        name: 'Jensen–Shannon divergence',
        tex: '\\mathrm{JS}(P, Q) = \\tfrac12 D(P \\,\\|\\, M) + \\tfrac12 D(Q \\,\\|\\, M), \\quad M = \\tfrac12 (P + Q)',
        note: 'Symmetric, and at most 1 bit.',
        explained: 'mutual-information#the-jensen-shannon-divergence',
      },
    ],
  },
];
