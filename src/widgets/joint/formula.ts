import type { Unit } from '../../metrics';
import { formatNumber } from '../shared/format';
import { slotBuilder } from '../shared/slot-builder';
import type { SlottedFormula } from '../shared/typeset-slots';
import { jointMetrics } from './derive';
import { defaultJointState, type JointState } from './state';

/** A formula with the widget's numbers, as TeX and as plain text. */
export interface JointFormula extends SlottedFormula {
  tex: string;
  text: string;
}

/**
 * I(X;Y) = H(X) − H(X|Y) with the current numbers. The parts carry four decimals and the result
 * three, so the subtraction as printed always agrees with the result to the digits shown.
 */
export function jointFormula(state: JointState): JointFormula {
  const m = jointMetrics(state);
  const { unit } = state;
  const { slot, finish } = slotBuilder();
  const hx = formatNumber(m.entropyX, 4);
  const hxy = formatNumber(m.conditionalEntropy, 4);
  const mi = formatNumber(m.mutualInformation);
  const template = `I(X;Y) = H(X) - H(X \\mid Y) = ${slot(hx)} - ${slot(hxy)} \\approx ${slot(mi)}\\ \\text{${unit}}`;
  return {
    ...finish(template),
    shape: `mi-${unit}`,
    text: `I(X;Y) = H(X) − H(X|Y) = ${hx} − ${hxy} ≈ ${mi} ${unit}`,
  };
}

/** The formula's two shapes, one per unit. */
export function jointFormulaShapes(): JointFormula[] {
  return (['bits', 'nats'] as Unit[]).map((unit) => jointFormula({ ...defaultJointState, unit }));
}
