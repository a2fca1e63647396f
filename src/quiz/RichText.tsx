import type { TypesetText } from './grade-choice';

/** A string, or text whose math or code was typeset at build (see remark-choice-rich-text). */
export function RichText({ value }: { value: string | TypesetText }) {
  if (typeof value === 'string') return value;
  // KaTeX HTML made at build from the lesson's own source, never from anything a student typed.
  return <span dangerouslySetInnerHTML={{ __html: value.html }} />;
}

/** The plain text of either form, for keys and comparisons. */
export function plainTextOf(value: string | TypesetText): string {
  return typeof value === 'string' ? value : value.text;
}
