/**
 * The components a lesson may use without importing them. The build rejects any other
 * capitalised JSX name, and `registry.tsx` must provide exactly these (TypeScript checks it).
 */
export const lessonComponentNames = [
  'Aside',
  'Metric',
  'PQBars',
  'LiveFormula',
  'KLExplorer',
  'NumericQuestion',
  'ChoiceQuestion',
  'Challenge',
] as const;

export type LessonComponentName = (typeof lessonComponentNames)[number];
