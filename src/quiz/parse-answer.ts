import type { Unit } from '../metrics';

/** A number read from a student's answer, with the precision they wrote it to. */
export type ParsedAnswer =
  | {
      ok: true;
      value: number;
      /**
       * Decimal places the student gave ("0.08" -> 2, "8.1e-2" -> 3); undefined for fractions and
       * infinity, which are exact.
       */
      decimals: number | undefined;
    }
  | { ok: false; reason: 'empty' | 'unreadable' | 'wrong-unit' | 'out-of-range' };

/** Long enough for any honest answer; longer input is refused before any regex sees it. */
export const MAX_ANSWER_LENGTH = 64;

const unitWords: Record<string, Unit> = { bit: 'bits', bits: 'bits', nat: 'nats', nats: 'nats' };
const decimalPattern = /^(\d+)(?:\.(\d*))?$|^\.(\d+)$/;
const scientificPattern = /^(\d+(?:\.\d*)?|\.\d+)e([+-]?\d{1,4})$/;
const infinityWords = new Set(['∞', 'inf', 'infinity']);

/** Digits after the point of a plain decimal, or undefined when it is not one. */
function readDecimal(text: string): { value: number; decimals: number } | undefined {
  const match = decimalPattern.exec(text);
  if (!match) return undefined;
  const fraction = match[2] ?? match[3] ?? '';
  return { value: Number(text), decimals: fraction.length };
}

function readUnsigned(text: string): { value: number; decimals: number | undefined } | undefined {
  if (infinityWords.has(text)) return { value: Infinity, decimals: undefined };
  const decimal = readDecimal(text);
  if (decimal) return decimal;
  const scientific = scientificPattern.exec(text);
  if (scientific) {
    const mantissa = readDecimal(scientific[1]!)!;
    // 8.1e-2 is 0.081: one decimal in the mantissa plus two from the exponent.
    return {
      value: Number(text),
      decimals: Math.max(0, mantissa.decimals - Number(scientific[2])),
    };
  }
  const slash = text.indexOf('/');
  if (slash > 0) {
    const top = readDecimal(text.slice(0, slash));
    const bottom = readDecimal(text.slice(slash + 1));
    if (top && bottom && bottom.value !== 0) {
      return { value: top.value / bottom.value, decimals: undefined };
    }
  }
  return undefined;
}

/**
 * Reads what a student typed: "0.737", "0,737", "= 3/4", "1e-3", "1.737 bits", "−2", "∞". A
 * trailing unit word must match the question's unit. Fullwidth digits are folded to ASCII by
 * NFKC; digits of other scripts are not read (Number() would not read them either).
 */
export function parseAnswer(input: string, unit?: Unit): ParsedAnswer {
  if (input.length > MAX_ANSWER_LENGTH) return { ok: false, reason: 'unreadable' };
  let text = input.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, reason: 'empty' };
  if (text.startsWith('=')) text = text.slice(1).trim();

  const word = /\s*([a-z]+)$/.exec(text);
  if (word && word[1] !== undefined && word[1] in unitWords) {
    if (unit && unitWords[word[1]] !== unit) return { ok: false, reason: 'wrong-unit' };
    text = text.slice(0, word.index).trim();
  }

  // Spaces may sit around a fraction bar or after a sign, never inside a number ("1 2").
  text = text.replace(/ ?\/ ?/, '/');
  let sign = 1;
  if (text.startsWith('-') || text.startsWith('−') || text.startsWith('+')) {
    sign = text.startsWith('+') ? 1 : -1;
    text = text.slice(1).trimStart();
  }
  // A decimal comma, as many countries write it; "1,000.5" stays unreadable (ambiguous).
  if (!text.includes('.') && (text.match(/,/g) ?? []).length === 1) text = text.replace(',', '.');

  const read = readUnsigned(text);
  if (!read || Number.isNaN(read.value)) return { ok: false, reason: 'unreadable' };
  // 1e309 overflows to Infinity: the student did not mean infinity, so do not grade it as such.
  if (read.value === Infinity && read.decimals !== undefined) {
    return { ok: false, reason: 'out-of-range' };
  }
  return { ok: true, value: sign * read.value, decimals: read.decimals };
}
