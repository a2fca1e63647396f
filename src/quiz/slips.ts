import { entropy, klDivergence } from '../metrics';
import { matchesKey, type NumericKey } from './grading';
import { computeQuantity, type QuantityName, type QuantityParams } from './quantities';

/** Typical wrong turns, each one a number computed from the question's own parameters. */
export type SlipKind =
  | 'reverse-kl'
  | 'unit-swap'
  | 'natural-log'
  | 'entropy-for-cross-entropy'
  | 'kl-for-cross-entropy'
  | 'sign';

/** Which slips each kind of question checks, most specific first. */
export const slipsOf: Record<QuantityName, readonly SlipKind[]> = {
  entropy: ['natural-log', 'unit-swap', 'sign'],
  crossEntropy: [
    'entropy-for-cross-entropy',
    'kl-for-cross-entropy',
    'natural-log',
    'unit-swap',
    'sign',
  ],
  klDivergence: ['reverse-kl', 'natural-log', 'unit-swap', 'sign'],
};

/** What to tell the student for each slip. */
export const slipMessages: Record<SlipKind, string> = {
  'reverse-kl': 'That is D(Q‖P), the KL divergence in the other direction. Swap P and Q.',
  'unit-swap':
    'That is off by a factor of ln 2: bits and nats seem swapped. Check which way you converted.',
  'natural-log': 'That is the answer in nats: you used the natural log where log₂ was asked.',
  'entropy-for-cross-entropy':
    'That is H(P), the entropy of P alone. Cross-entropy takes the log of Q, weighted by P.',
  'kl-for-cross-entropy':
    'That is D(P‖Q), the KL divergence. Cross-entropy is H(P) plus that: add the entropy back.',
  sign: 'Check the sign: with the minus in front of the sum, this quantity is never negative.',
};

function slipValue(kind: SlipKind, params: QuantityParams): number | undefined {
  const p = [...params.p];
  const q = [...(params.q ?? [])];
  const key = computeQuantity(params);
  switch (kind) {
    case 'reverse-kl':
      return klDivergence(q, p, params.unit);
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

/** The slip a wrong answer matches, judged with the question's own precision, if any. */
export function detectSlip(
  answer: number,
  params: QuantityParams,
  key: NumericKey,
): SlipKind | undefined {
  return slipCandidates(params, key).find(({ value }) =>
    matchesKey(answer, { ...key, value, alternatives: [] }),
  )?.kind;
}
