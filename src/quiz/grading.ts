import type { Unit } from '../metrics';
import { parseAnswer, type ParsedAnswer } from './parse-answer';

/** The answer key of a numeric question: a computed value and how close an answer must be. */
export interface NumericKey {
  value: number;
  /** The answer must round to the key at this many decimals. */
  decimals?: number;
  /** Accept answers within this distance of the key. */
  absTol?: number;
  /** Accept answers within this fraction of |key|. */
  relTol?: number;
  /** The unit the question asks in; a different unit word in the answer is not read. */
  unit?: Unit;
  /**
   * Values a correct method reaches from rounded intermediate values (D = H(P,Q) - H(P) with
   * both rounded first), accepted under the same precision rules as `value`.
   */
  alternatives?: readonly number[];
}

/**
 * - correct / incorrect: graded (counts as an attempt);
 * - format: the right value with fewer decimals than asked (free retry);
 * - invalid: not readable as a number (free retry).
 */
export type GradeResult = 'correct' | 'incorrect' | 'format' | 'invalid';

export interface Grade {
  result: GradeResult;
  /** The number read from the answer, when there was one. */
  value?: number;
  /** Why an answer was invalid. */
  reason?: Exclude<ParsedAnswer, { ok: true }>['reason'];
}

/** With no precision declared, the answer must match the key up to floating-point noise. */
const defaultRelTol = 1e-9;

function roundTo(x: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(x * factor) / factor;
}

/** Whether `value` is close enough to `key.value`, or to one of its alternatives. */
export function matchesKey(value: number, key: NumericKey): boolean {
  return [key.value, ...(key.alternatives ?? [])].some((target) =>
    matchesTarget(value, { ...key, value: target }),
  );
}

/** Whether `value` is close enough to `key.value` under the key's precision rules. */
function matchesTarget(value: number, key: NumericKey): boolean {
  if (!Number.isFinite(key.value) || !Number.isFinite(value)) return value === key.value;
  const distance = Math.abs(value - key.value);
  if (key.absTol !== undefined && distance <= key.absTol) return true;
  if (key.relTol !== undefined && distance <= key.relTol * Math.abs(key.value)) return true;
  if (key.decimals !== undefined) {
    // "Rounds to the key at k decimals": within half a unit of the k-th place of the rounded
    // key (plus a hair for binary floating point, so 0.0805 and 0.081 both count).
    const half = 0.5 * 10 ** -key.decimals;
    return Math.abs(value - roundTo(key.value, key.decimals)) <= half * (1 + 1e-9);
  }
  if (key.absTol !== undefined || key.relTol !== undefined) return false;
  return distance <= defaultRelTol * Math.max(1, Math.abs(key.value));
}

/**
 * Grades a typed answer against a computed key. Pure: components and slip detection build on it.
 */
export function gradeNumeric(input: string, key: NumericKey): Grade {
  const parsed = parseAnswer(input, key.unit);
  if (!parsed.ok) return { result: 'invalid', reason: parsed.reason };
  const { value, decimals } = parsed;
  if (matchesKey(value, key)) return { result: 'correct', value };
  // "0.08" for 0.0808 at three decimals: right as far as it goes, so ask for more digits.
  if (
    key.decimals !== undefined &&
    decimals !== undefined &&
    decimals < key.decimals &&
    Number.isFinite(key.value) &&
    Math.abs(value - roundTo(key.value, decimals)) < 1e-9
  ) {
    return { result: 'format', value };
  }
  return { result: 'incorrect', value };
}
