/** Text with `$...$` math or `` `code` ``, typeset at build (remark-choice-rich-text): plain text and HTML. */
export interface TypesetText {
  text: string;
  html: string;
}

/** Which side of a computed comparison is larger (see comparison.ts). */
export type ComparisonOutcome = 'left' | 'right' | 'equal';

/** One option of a multiple-choice question. Authors write strings; `$...$` and `` `code` `` are typeset. */
export interface ChoiceOption {
  /** The option's text. */
  label: string | TypesetText;
  /** Whether choosing it is (part of) the right answer. */
  correct?: boolean;
  /**
   * For a question with a computed comparison: the option is right exactly when this is the
   * outcome (instead of `correct`), so a seeded pair's key is computed, never typed.
   */
  when?: ComparisonOutcome;
  /** Shown when the student picks this option. */
  feedback?: string | TypesetText;
}

/**
 * Right only with exactly the right options, no more and no fewer (partly right is wrong, so
 * guessing every box does not pass); choosing nothing is a free retry.
 */
export function gradeChoice(
  options: readonly ChoiceOption[],
  chosen: ReadonlySet<number>,
): 'correct' | 'incorrect' | 'invalid' {
  if (chosen.size === 0) return 'invalid';
  return options.every((o, i) => Boolean(o.correct) === chosen.has(i)) ? 'correct' : 'incorrect';
}

/** The options with `correct` decided by the computed outcome wherever an option says `when`. */
export function resolveOptions(
  options: readonly ChoiceOption[],
  outcome: ComparisonOutcome | undefined,
): ChoiceOption[] {
  return options.map((o) => (o.when ? { ...o, correct: o.when === outcome } : o));
}
