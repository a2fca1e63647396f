import { fromNats, logSoftmax, type Unit } from '../../metrics';
import { formatNumber } from '../shared/format';
import type { SlottedFormula } from '../shared/typeset-slots';
import { softmaxMetrics } from './derive';
import { defaultSoftmaxState, type SoftmaxState } from './state';

/** The loss written out for the current state, as TeX (with slots) and as plain text. */
export interface SoftmaxFormula extends SlottedFormula {
  tex: string;
  text: string;
}

// Where number i goes in the TeX, until it is written in plainly or as a slot (as formula.ts of
// the P/Q widget does).
const SLOT = /\uE000(\d+)\uE000/g;

/**
 * The loss of the widget's state, worked out: with a one-hot target it is
 * -log q_y = log-sum-exp of z/T minus z_y/T (what a framework computes, never log of a softmax);
 * with label smoothing, (1 - eps) times that plus eps/n times the sum of every class's -log q.
 */
export function softmaxFormula(state: SoftmaxState): SoftmaxFormula {
  const m = softmaxMetrics(state);
  const { unit, temperature: t, epsilon, target } = state;
  const n = state.logits.length;
  const logQ = logSoftmax(state.logits, t);
  const scaled = state.logits[target]! / t;
  const numbers: string[] = [];
  const slot = (value: number) => `\uE000${numbers.push(formatNumber(value)) - 1}\uE000`;
  const log = unit === 'bits' ? '\\log_2' : '\\ln';
  const logText = unit === 'bits' ? 'log₂' : 'ln';
  const total = formatNumber(m.crossEntropy);

  let template: string;
  let text: string;
  if (epsilon === 0) {
    // ln sum_j e^(z_j/T) = z_y/T - ln q_y.
    const lse = scaled - logQ[target]!;
    const core = `${slot(lse)} - (${slot(scaled)})`;
    template =
      unit === 'nats'
        ? `\\ell = -\\ln q_y = \\ln \\sum_j e^{z_j/T} - \\dfrac{z_y}{T} = ${core} = ${slot(m.crossEntropy)}\\ \\text{nats}`
        : `\\ell = -\\log_2 q_y = \\dfrac{\\ln \\sum_j e^{z_j/T} - z_y/T}{\\ln 2} = \\dfrac{${core}}{\\ln 2} = ${slot(m.crossEntropy)}\\ \\text{bits}`;
    text = `loss = −${logText} q(y) = (ln Σ exp(z/T) − z_y/T)${unit === 'bits' ? ' / ln 2' : ''} = (${formatNumber(lse)} − (${formatNumber(scaled)}))${unit === 'bits' ? ' / ln 2' : ''} = ${total} ${unit}`;
  } else {
    // Each class's -log q from its log-probability: a class whose q underflows keeps its loss.
    const own = fromNats(-logQ[target]!, unit);
    const all = fromNats(-logQ.reduce((a, b) => a + b, 0), unit);
    template = `H(P,Q) = (1-\\varepsilon)(-${log} q_y) + \\dfrac{\\varepsilon}{n}\\sum_j (-${log} q_j) = ${slot(1 - epsilon)} \\times ${slot(own)} + ${slot(epsilon / n)} \\times ${slot(all)} = ${slot(m.crossEntropy)}\\ \\text{${unit}}`;
    text = `H(P,Q) = (1 − ε)(−${logText} q(y)) + (ε/n) Σ(−${logText} q) = ${formatNumber(1 - epsilon)} × ${formatNumber(own)} + ${formatNumber(epsilon / n)} × ${formatNumber(all)} = ${total} ${unit}`;
  }
  return {
    tex: template.replace(SLOT, (_, i: string) => numbers[Number(i)]!),
    slottedTex: template.replace(
      SLOT,
      (_, i: string) => `\\htmlData{slot=${i}}{${numbers[Number(i)]!}}`,
    ),
    shape: `softmax-${unit}-${epsilon === 0 ? 'onehot' : 'smoothed'}`,
    numbers,
    text,
  };
}

/** Every shape the formula can take: both units, with and without label smoothing. */
export function softmaxFormulaShapes(): SoftmaxFormula[] {
  return (['nats', 'bits'] as Unit[]).flatMap((unit) =>
    [0, 0.1].map((epsilon) => softmaxFormula({ ...defaultSoftmaxState, unit, epsilon })),
  );
}
