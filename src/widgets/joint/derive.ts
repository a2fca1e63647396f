import {
  conditionalEntropy,
  entropy,
  jointEntropy,
  klDivergence,
  marginals,
  mutualInformation,
} from '../../metrics';
import type { JointState } from './state';
import { productOfMarginals } from './table';

/** The numbers the joint widget shows for one state; every one comes from src/metrics. */
export interface JointMetrics {
  px: number[];
  py: number[];
  entropyX: number;
  entropyY: number;
  jointEntropy: number;
  /** H(X|Y): what is still unknown about X once Y is known. */
  conditionalEntropy: number;
  mutualInformation: number;
  /** D(P_XY || P_X P_Y), the same number as I(X;Y) reached through the KL divergence. */
  klFromProduct: number;
}

const cache = new WeakMap<JointState, JointMetrics>();

/**
 * Derives the readout from a state. States are replaced on every change, so caching by identity
 * computes each state once however many components show it.
 */
export function jointMetrics(state: JointState): JointMetrics {
  const cached = cache.get(state);
  if (cached) return cached;
  const { joint, unit } = state;
  const { px, py } = marginals(joint);
  const metrics: JointMetrics = {
    px,
    py,
    entropyX: entropy(px, unit),
    entropyY: entropy(py, unit),
    jointEntropy: jointEntropy(joint, unit),
    conditionalEntropy: conditionalEntropy(joint, unit, 'rows'),
    mutualInformation: mutualInformation(joint, unit),
    klFromProduct: klDivergence(joint.flat(), productOfMarginals(joint).flat(), unit),
  };
  cache.set(state, metrics);
  return metrics;
}
