import type { Unit } from '../../metrics';
import { formatNumber } from '../shared/format';
import { slotBuilder } from '../shared/slot-builder';
import type { SlottedFormula } from '../shared/typeset-slots';
import { splitMetrics } from './split';
import { defaultSplitState, type SplitState } from './state';

/** A formula with the widget's numbers, as TeX and as plain text. */
export interface SplitFormula extends SlottedFormula {
  tex: string;
  text: string;
}

const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);

/**
 * The gain written out: H(parent) − (n_L/n) H(left) − (n_R/n) H(right). The entropies carry four
 * decimals and the result three ("≈"), so the printed arithmetic agrees with the result.
 */
export function splitFormula(state: SplitState): SplitFormula {
  const m = splitMetrics(state);
  const { unit } = state;
  const { slot, finish } = slotBuilder();
  const n = String(sum(m.parent));
  const nl = String(sum(m.left));
  const nr = String(sum(m.right));
  const [hp, hl, hr] = [m.parentEntropy, m.leftEntropy, m.rightEntropy].map((v) =>
    formatNumber(v, 4),
  );
  const gain = formatNumber(m.informationGain);
  const template =
    `\\mathrm{IG} = H(\\text{parent}) - \\tfrac{n_L}{n} H(\\text{left}) - \\tfrac{n_R}{n} H(\\text{right}) = ` +
    `${slot(hp!)} - \\tfrac{${slot(nl)}}{${slot(n)}}\\,${slot(hl!)} - \\tfrac{${slot(nr)}}{${slot(n)}}\\,${slot(hr!)} \\approx ${slot(gain)}\\ \\text{${unit}}`;
  return {
    ...finish(template),
    shape: `gain-${unit}`,
    text: `IG = H(parent) − (n_L/n) H(left) − (n_R/n) H(right) = ${hp} − (${nl}/${n}) ${hl} − (${nr}/${n}) ${hr} ≈ ${gain} ${unit}`,
  };
}

/** The formula's two shapes, one per unit. */
export function splitFormulaShapes(): SplitFormula[] {
  return (['bits', 'nats'] as Unit[]).map((unit) => splitFormula({ ...defaultSplitState, unit }));
}
