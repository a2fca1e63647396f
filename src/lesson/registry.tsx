import type { ComponentType } from 'react';
import type { LessonComponentName } from './component-names';
import { Aside } from './Aside';
import { Metric, type MetricProps } from './Metric';
import { WidgetBoundary } from './WidgetBoundary';
import { LiveFormula, type LiveFormulaProps } from '../widgets/pq-bars/LiveFormula';
import { PQBars, type PQBarsProps } from '../widgets/pq-bars/PQBars';
import { KLExplorer, type KLExplorerProps } from '../widgets/kl-explorer/KLExplorer';
import { NumericQuestion, type NumericQuestionProps } from '../quiz/NumericQuestion';
import { ChoiceQuestion, type ChoiceQuestionProps } from '../quiz/ChoiceQuestion';
import { Challenge, type ChallengeProps } from '../quiz/Challenge';

/** Wraps a live component so that an error in it stays inside its own box. */
function withBoundary<P extends object>(Inner: ComponentType<P>, label: string) {
  function Bounded(props: P) {
    return (
      <WidgetBoundary label={label}>
        <Inner {...props} />
      </WidgetBoundary>
    );
  }
  Bounded.displayName = `Bounded(${label})`;
  return Bounded;
}

/**
 * The components every lesson can use without importing them, handed to MDX by the lesson
 * page. The keys must be exactly `lessonComponentNames`: the build checks lessons against
 * that list, and `satisfies` makes TypeScript check this object against it.
 */
export const lessonComponents = {
  Aside,
  Metric: withBoundary<MetricProps>(Metric, 'this number'),
  PQBars: withBoundary<PQBarsProps>(PQBars, 'the P/Q bar widget'),
  LiveFormula: withBoundary<LiveFormulaProps>(LiveFormula, 'this formula'),
  KLExplorer: withBoundary<KLExplorerProps>(KLExplorer, 'the KL explorer'),
  NumericQuestion: withBoundary<NumericQuestionProps>(NumericQuestion, 'this question'),
  ChoiceQuestion: withBoundary<ChoiceQuestionProps>(ChoiceQuestion, 'this question'),
  Challenge: withBoundary<ChallengeProps>(Challenge, 'this challenge'),
} satisfies Record<LessonComponentName, ComponentType<never>>;
