/**
 * The site's information measures: the one module that widgets, live formulas, worked examples and
 * quiz answer keys call. Pure TypeScript, no dependencies. See README.md for usage.
 */
export type { Distribution, Gaussian, Mixture, MixtureComponent, Unit } from './types';
export { fromNats, perplexity } from './units';
export { crossEntropy, entropy, jsDivergence, klDivergence, klFromEntropies } from './discrete';
export { crossEntropyTerms, klTerms, surprisals } from './pointwise';
export {
  conditionalEntropy,
  informationGain,
  jointEntropy,
  marginals,
  mutualInformation,
} from './information';
export { logSoftmax, softmax } from './softmax';
export { crossEntropyFromLogits, entropyFromLogits, klFromLogits } from './logits';
export type { LogitOptions } from './logits';
export { normalize, mixWithUniform, smoothedOneHot } from './normalize';
export { costliestToken, meanTokenLoss, tokenLosses } from './token-loss';
export { entropyWithLogFloor } from './log-floor';
export { huffmanCode } from './prefix-code';
export type { PrefixCode } from './prefix-code';
export { gaussianPdf } from './gaussian';
export { gaussianKl } from './gaussian-kl';
export { mixtureLogPdf, mixturePdf } from './mixture';
export { forwardKl, MixtureDivergences, reverseKl } from './continuous';
export { bestForwardFit, bestReverseFits } from './fit';
export { evidencePath, typicalOutcomes } from './evidence';
export { descend, descentPath, descentStep, reverseDescentEdge } from './descent';
export type { DescentStep, GaussianBounds } from './descent';
