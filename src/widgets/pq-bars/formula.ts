import type { Unit } from '../../metrics';
import { formatNumber, formatProbability } from '../shared/format';
import type { SlottedFormula } from '../shared/typeset-slots';
import { slotBuilder } from '../shared/slot-builder';
import { pqMetrics } from './derive';
import { MAX_OUTCOMES } from './redistribute';
import { defaultPQState, type PQState } from './state';

/** The formulas a live formula can show. */
export type FormulaKind = 'entropy' | 'crossEntropy' | 'klDivergence';

/** One formula with the widget's numbers substituted, as TeX and as plain text. */
export interface Formula extends SlottedFormula {
  tex: string;
  text: string;
}

const logTex = (unit: Unit) => (unit === 'bits' ? '\\log_2' : '\\ln');
const logText = (unit: Unit) => (unit === 'bits' ? 'log₂' : 'ln');

/**
 * H(P), H(P,Q) or D(P||Q) written out term by term for the current state, e.g.
 * H(P,Q) = −0.5 log₂ 0.9 − 0.5 log₂ 0.1 = 1.737 bits. Outcomes with p(x) = 0 drop out, as
 * 0 log 0 = 0 says; the Q shown is the one the readout uses (after smoothing).
 */
export function pqFormula(kind: FormulaKind, state: PQState): Formula {
  const metrics = pqMetrics(state);
  const { unit } = state;
  const p = state.p.map((x) => formatProbability(x, 3));
  const q = Array.from(metrics.model, (x) => formatProbability(x, 3));
  const used = state.p.flatMap((x, i) => (x > 0 ? [i] : []));
  const { slot, finish } = slotBuilder();

  let name: { tex: string; text: string };
  // Every term of one formula has the same sign: + for the KL, − for the entropies.
  let sign: '+' | '-';
  let terms: { tex: string; text: string }[];
  let value: number;
  if (kind === 'klDivergence') {
    name = { tex: 'D(P\\,\\|\\,Q)', text: 'D(P‖Q)' };
    sign = '+';
    terms = used.map((i) => ({
      tex: `${slot(p[i]!)}\\,${logTex(unit)}\\dfrac{${slot(p[i]!)}}{${slot(q[i]!)}}`,
      text: `${p[i]} ${logText(unit)}(${p[i]}/${q[i]})`,
    }));
    value = metrics.klDivergence;
  } else {
    const args = kind === 'entropy' ? p : q;
    name = kind === 'entropy' ? { tex: 'H(P)', text: 'H(P)' } : { tex: 'H(P,Q)', text: 'H(P,Q)' };
    sign = '-';
    terms = used.map((i) => ({
      tex: `${slot(p[i]!)}\\,${logTex(unit)} ${slot(args[i]!)}`,
      text: `${p[i]} ${logText(unit)} ${args[i]}`,
    }));
    value = kind === 'entropy' ? metrics.entropy : metrics.crossEntropy;
  }

  const lead = sign === '-' ? '−' : '';
  const joinTex = (sign === '-' ? '-' : '') + terms.map((t) => t.tex).join(` ${sign} `);
  const joinText = lead + terms.map((t) => t.text).join(` ${sign === '-' ? '−' : '+'} `);
  const result = Number.isFinite(value) ? formatNumber(value) : '∞';
  const template = `${name.tex} = ${joinTex} = ${slot(result)}\\ \\text{${unit}}`;
  return {
    ...finish(template),
    shape: `${kind}-${unit}-${used.length}`,
    text: `${name.text} = ${joinText} = ${result} ${unit}`,
  };
}

/** Every shape a formula of this kind can take: both units, 1 to MAX_OUTCOMES terms. */
export function pqFormulaShapes(kind: FormulaKind): Formula[] {
  return (['bits', 'nats'] as const).flatMap((unit) =>
    Array.from({ length: MAX_OUTCOMES }, (_, i) => {
      const uniform = Array.from({ length: i + 1 }, () => 1 / (i + 1));
      return pqFormula(kind, { ...defaultPQState, p: uniform, q: uniform, unit, epsilon: 0 });
    }),
  );
}
