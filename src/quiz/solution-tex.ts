import type { Unit } from '../metrics';
import { formatNumber } from '../widgets/shared/format';
import { computeQuantity, type QuantityParams } from './quantities';

/** A probability as written in a formula: 0.5, 0.05, 1/3 shown as 0.3333. */
function prob(x: number): string {
  return String(Number(x.toFixed(4)));
}

function log(unit: Unit): string {
  return unit === 'bits' ? '\\log_2' : '\\ln';
}

function value(x: number): string {
  return formatNumber(x).replace('∞', '\\infty').replace('−', '-');
}

/**
 * The worked solution of a numeric question as TeX, with the question's numbers substituted:
 * the definition, the sum written out term by term (0 log 0 terms left out, as the convention
 * says) and the result.
 */
export function solutionTex(params: QuantityParams): string {
  const { of, unit } = params;
  const p = params.p;
  const q = params.q ?? [];
  const L = log(unit);
  const units = `\\text{ ${unit}}`;
  const result = value(computeQuantity(params)) + units;
  const terms = p.flatMap((px, i) => (px > 0 ? [{ px: prob(px), qx: prob(q[i] ?? 0), i }] : []));
  switch (of) {
    case 'entropy':
      return [
        `H(P) = -\\sum_x p(x) ${L} p(x)`,
        `= -\\left(${terms.map((t) => `${t.px} ${L} ${t.px}`).join(' + ')}\\right)`,
        `= ${result}`,
      ].join(' ');
    case 'crossEntropy':
      return [
        `H(P,Q) = -\\sum_x p(x) ${L} q(x)`,
        `= -\\left(${terms.map((t) => `${t.px} ${L} ${t.qx}`).join(' + ')}\\right)`,
        `= ${result}`,
      ].join(' ');
    case 'klDivergence': {
      const cross = value(computeQuantity({ ...params, of: 'crossEntropy' }));
      const h = value(computeQuantity({ ...params, of: 'entropy' }));
      return [
        `D(P\\|Q) = \\sum_x p(x) ${L} \\frac{p(x)}{q(x)}`,
        `= ${terms.map((t) => `${t.px} ${L} \\frac{${t.px}}{${t.qx}}`).join(' + ')}`,
        `= H(P,Q) - H(P) = ${cross} - ${h} = ${result}`,
      ].join(' ');
    }
  }
}
