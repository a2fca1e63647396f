import { widgets } from '../widgets/registry.ts';

/**
 * Components with nothing to interact with: rendered when the page is built and never hydrated
 * (every other component is an island, see src/app/islands/island.tsx).
 */
export const staticComponentNames = [
  'Aside',
  'Metric',
  'FitValue',
  'Derivation',
  'CodeTree',
  'BinaryEntropyCurve',
  'SurpriseCurve',
  'NestedBars',
  'CodeLengthBars',
  'EvidencePlot',
  'KLIntegrands',
] as const;

/**
 * The components a lesson may use without importing them: the static ones, then the islands.
 * The build rejects any other capitalised JSX name and imports these from
 * src/lesson/components/<Name>.tsx (one module each, so a lesson's chunk holds only the widgets
 * it uses; a test keeps list and folder equal).
 */
export const lessonComponentNames = [
  ...staticComponentNames,
  ...widgets.map((widget) => widget.component),
  'LiveFormula',
  'SoftmaxFormula',
  'CodeLens',
  'NumericQuestion',
  'ChoiceQuestion',
  'Challenge',
] as const;

export type LessonComponentName = (typeof lessonComponentNames)[number];
