import { describe, expect, it } from 'vitest';
import * as metrics from './index';

describe('public API', () => {
  it('exports exactly the documented functions', () => {
    expect(Object.keys(metrics).sort()).toEqual(
      [
        'MixtureDivergences',
        'bestForwardFit',
        'bestReverseFits',
        'conditionalEntropy',
        'crossEntropy',
        'crossEntropyFromLogits',
        'crossEntropyTerms',
        'descend',
        'descentPath',
        'descentStep',
        'entropy',
        'entropyFromLogits',
        'forwardKl',
        'fromNats',
        'gaussianKl',
        'gaussianPdf',
        'informationGain',
        'jointEntropy',
        'jsDivergence',
        'klDivergence',
        'klFromEntropies',
        'klFromLogits',
        'klTerms',
        'logSoftmax',
        'marginals',
        'mixtureLogPdf',
        'mixturePdf',
        'mutualInformation',
        'normalize',
        'perplexity',
        'reverseDescentEdge',
        'reverseKl',
        'mixWithUniform',
        'softmax',
        'surprisals',
        'smoothedOneHot',
        'tokenLosses',
        'meanTokenLoss',
        'costliestToken',
        'entropyWithLogFloor',
        'huffmanCode',
        'evidencePath',
        'typicalOutcomes',
      ].sort(),
    );
    for (const value of Object.values(metrics)) expect(typeof value).toBe('function');
  });

  it('defaults every unit argument to nats', () => {
    expect(metrics.entropy([0.5, 0.5])).toBe(Math.LN2);
    expect(metrics.fromNats(Math.LN2)).toBe(Math.LN2);
    expect(metrics.gaussianKl({ mu: 0, sigma: 1 }, { mu: 1, sigma: 1 })).toBe(0.5);
  });
});
