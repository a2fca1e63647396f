/** Text with `$...$` math, typeset at build (remark-choice-math): plain text and KaTeX HTML. */
export interface TypesetText {
  text: string;
  html: string;
}

/** One option of a multiple-choice question. Authors write strings; `$...$` is typeset. */
export interface ChoiceOption {
  /** The option's text. */
  label: string | TypesetText;
  /** Whether choosing it is (part of) the right answer. */
  correct?: boolean;
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
