import type { Unit } from '../../metrics';

/**
 * A number as students read it: fixed decimals, a true minus sign, ∞ for infinity, and never
 * "-0.000" (a tiny negative rounding residue is shown as 0).
 */
export function formatNumber(value: number, digits = 3): string {
  if (Number.isNaN(value)) return '—';
  if (!Number.isFinite(value)) return value > 0 ? '∞' : '−∞';
  const fixed = value.toFixed(digits);
  if (Number(fixed) === 0) return fixed.replace('-', '');
  return fixed.replace('-', '−');
}

/** A quantity with its unit word, e.g. "1.737 bits", "∞ nats". */
export function formatQuantity(value: number, unit: Unit, digits = 3): string {
  return `${formatNumber(value, digits)} ${unit}`;
}

/** A probability as short as it can be at `digits` decimals: 0.25, 0.1, 1, 0. */
export function formatProbability(value: number, digits = 2): string {
  return String(Number(value.toFixed(digits)));
}

/**
 * A plain number that can grow huge (a perplexity of e^160 at extreme logits): three decimals
 * while it reads well, four significant digits with an exponent from a million up (3.070e+69).
 */
export function formatCount(value: number, digits = 3): string {
  if (Number.isFinite(value) && Math.abs(value) >= 1e6) return value.toPrecision(4);
  return formatNumber(value, digits);
}
