import { crossEntropy, entropy, klDivergence } from '../metrics';
import { matchesKey, type NumericKey } from './grading';
import { computeQuantity, swapRoles, type QuantityName, type QuantityParams } from './quantities';

/** Typical wrong turns, each one a number computed from the question's own parameters. */
export type SlipKind =
  | 'reverse-kl'
  | 'cross-entropy-for-kl'
  | 'swapped-cross-entropy'
  | 'unit-swap'
  | 'natural-log'
  | 'entropy-for-cross-entropy'
  | 'kl-for-cross-entropy'
  | 'sign';

/** What the feedback can say about a wrong answer: a slip, or that it is only just off. */
export type Diagnosis = SlipKind | 'close';

/** Which slips each kind of question checks, most specific first. */
export const slipsOf: Record<QuantityName, readonly SlipKind[]> = {
  entropy: ['natural-log', 'unit-swap', 'sign'],
  crossEntropy: [
    'entropy-for-cross-entropy',
    'kl-for-cross-entropy',
    'swapped-cross-entropy',
    'natural-log',
    'unit-swap',
    'sign',
  ],
  klDivergence: ['reverse-kl', 'cross-entropy-for-kl', 'natural-log', 'unit-swap', 'sign'],
  jsDivergence: ['natural-log', 'unit-swap', 'sign'],
  mutualInformation: ['natural-log', 'unit-swap', 'sign'],
  informationGain: ['natural-log', 'unit-swap', 'sign'],
  gaussianKl: ['reverse-kl', 'natural-log', 'unit-swap', 'sign'],
};

/** Why each quantity cannot be negative, in terms of its own formula. */
const neverNegative: Record<QuantityName, string> = {
  entropy: 'every term −p(x) log p(x) is at least 0, so H(P) never is negative',
  crossEntropy: 'every term −p(x) log q(x) is at least 0, so H(P,Q) never is negative',
  klDivergence:
    'single terms p(x) log(p(x)/q(x)) can be negative, but their total D(P‖Q) never is (Gibbs’ inequality)',
  jsDivergence: 'it is the average of two KL divergences, and neither is ever negative',
  mutualInformation: 'it is a KL divergence, D(P(X,Y) ‖ P(X) P(Y)), so it is never negative',
  informationGain:
    'the children’s weighted entropy is never above the parent’s, so a split never loses information',
  gaussianKl: 'it is a KL divergence, so it is never negative (Gibbs’ inequality)',
};

/** What to tell the student for each diagnosis of a question asking for `of`. */
export function diagnosisMessage(diagnosis: Diagnosis, of: QuantityName): string {
  switch (diagnosis) {
    case 'reverse-kl':
      return 'That is D(Q‖P), the KL divergence in the other direction. Swap P and Q.';
    case 'cross-entropy-for-kl':
      return 'That is H(P,Q), the cross-entropy. The KL divergence is what remains after taking away H(P).';
    case 'swapped-cross-entropy':
      return 'That is H(Q,P): P and Q are swapped. P gives the weights, and the log is of Q.';
    case 'unit-swap':
      return 'That is off by a factor of ln 2: bits and nats seem swapped. Check which way you converted.';
    case 'natural-log':
      return 'That is the answer in nats: you used the natural log where log₂ was asked.';
    case 'entropy-for-cross-entropy':
      return 'That is H(P), the entropy of P alone. Cross-entropy takes the log of Q, weighted by P.';
    case 'kl-for-cross-entropy':
      return 'That is D(P‖Q), the KL divergence. Cross-entropy is H(P) plus that: add the entropy back.';
    case 'sign':
      return `Check the sign: ${neverNegative[of]}.`;
    case 'close':
      return 'Close: check your rounding, and keep more digits in the steps before the last.';
  }
}

function slipValue(kind: SlipKind, params: QuantityParams): number | undefined {
  const p = [...params.p];
  const q = [...(params.q ?? [])];
  const key = computeQuantity(params);
  switch (kind) {
    case 'reverse-kl':
      return computeQuantity(swapRoles(params));
    case 'cross-entropy-for-kl':
      return crossEntropy(p, q, params.unit);
    case 'swapped-cross-entropy':
      return crossEntropy(q, p, params.unit);
    case 'unit-swap':
      return key / Math.LN2;
    case 'natural-log':
      return params.unit === 'bits' ? computeQuantity(params, 'nats') : undefined;
    case 'entropy-for-cross-entropy':
      return entropy(p, params.unit);
    case 'kl-for-cross-entropy':
      return klDivergence(p, q, params.unit);
    case 'sign':
      return -key;
  }
}

/** Each slip of the question with its value; slips that coincide with the key are left out. */
export function slipCandidates(
  params: QuantityParams,
  key: NumericKey,
): { kind: SlipKind; value: number }[] {
  return slipsOf[params.of].flatMap((kind) => {
    const value = slipValue(kind, params);
    // A slip equal to the right answer (D(Q‖P) = D(P‖Q) for mirrored P and Q, -0 = 0) or an
    // infinite one cannot tell the student anything.
    if (value === undefined || !Number.isFinite(value) || matchesKey(value, key)) return [];
    return [{ kind, value }];
  });
}

/** How far off, in units of the asked decimals' last place, still counts as "close". */
const CLOSE_UNITS = 5;

/**
 * What a wrong answer shows, judged with the question's own precision: a slip it matches, or
 * that it is within a few units of the last asked decimal (a rounding problem), if either.
 */
export function detectSlip(
  answer: number,
  params: QuantityParams,
  key: NumericKey,
): Diagnosis | undefined {
  const slip = slipCandidates(params, key).find(({ value }) =>
    matchesKey(answer, { ...key, value, alternatives: [] }),
  );
  if (slip) return slip.kind;
  const decimals = key.decimals ?? 3;
  if (Math.abs(answer - key.value) <= CLOSE_UNITS * 10 ** -decimals) return 'close';
  return undefined;
}
