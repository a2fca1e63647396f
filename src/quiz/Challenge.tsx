import { useEffect, useRef, type ReactNode } from 'react';
import { useCommittedKLWidget, useKLWidgetField } from '../store/kl-widgets';
import { useCommittedPQWidget, usePQWidgetField } from '../store/pq-widgets';
import { softmaxWidgets } from '../widgets/softmax/store';
import {
  checkCommitted,
  checkKLGoal,
  checkPQGoal,
  checkSoftmaxGoal,
  goalText,
  isKLGoal,
  isSoftmaxGoal,
  type ChallengeGoal,
} from './challenge-goals';
import { QuestionShell } from './QuestionShell';
import { useSolved } from './useSolved';

export interface ChallengeProps {
  /** Stable id, unique in the lesson: progress is stored under `lessonSlug/id`. */
  id: string;
  /** The `id` of the widget on this page that the challenge watches (P/Q bars, KL explorer, logits to loss). */
  widget: string;
  /**
   * `klBelow`, `maxEntropy` (P/Q bars), `reverseKlOptimum` (KL explorer), `lossBelow` or
   * `teacherTopAtMost` (logits to loss).
   */
  goal: ChallengeGoal;
  /**
   * Threshold in the unit the widget shows; defaults: 0.05 for `klBelow`, 0.1 for `lossBelow`,
   * 0.6 (a probability) for `teacherTopAtMost`, 0.01 for the others.
   */
  value?: number;
  /** The prompt. */
  children: ReactNode;
}

/**
 * A task on a widget of the page, graded on the widget's committed state (pointer up, key up,
 * a control), never in the middle of a drag.
 */
export function Challenge({ id, widget, goal, value, children }: ChallengeProps) {
  const { solved, record, completedLesson } = useSolved(id);
  const pq = useCommittedPQWidget(widget);
  const kl = useCommittedKLWidget(widget);
  const softmax = softmaxWidgets.useCommitted(widget);
  const check = isKLGoal(goal)
    ? kl && checkCommitted(kl, (state) => checkKLGoal(state, goal, value))
    : isSoftmaxGoal(goal)
      ? softmax && checkCommitted(softmax, (state) => checkSoftmaxGoal(state, goal, value))
      : pq && checkCommitted(pq, (state) => checkPQGoal(state, goal, value));
  const met = check?.met ?? false;
  // The goal speaks the unit the widget shows now, and follows it when the student switches.
  const pqUnit = usePQWidgetField(widget, (s) => s.unit);
  const klUnit = useKLWidgetField(widget, (s) => s.unit);
  const softmaxUnit = softmaxWidgets.useField(widget, (s) => s.unit);
  const unit = (isKLGoal(goal) ? klUnit : isSoftmaxGoal(goal) ? softmaxUnit : pqUnit) ?? 'bits';

  // Each commit is a try; the host hears of the challenge once, when a commit meets the goal
  // (reporting every exploratory drag as a wrong answer would bury the one that counts).
  const committed = isKLGoal(goal) ? kl : pq;
  const commits = useRef(0);
  const reported = useRef(false);
  useEffect(() => {
    if (!committed) return;
    commits.current += 1;
    if (!met || reported.current) return;
    reported.current = true;
    record('correct', commits.current);
  }, [committed, met, record]);

  return (
    <QuestionShell
      id={id}
      solved={solved}
      completedLesson={completedLesson}
      result={check ? (met ? 'correct' : 'incorrect') : undefined}
      feedback={check ? `${met ? 'Solved!' : 'Not yet.'} ${check.text}` : ''}
      prompt={children}
    >
      <p className="quiz-given">
        Goal: {goalText(goal, unit, value)}. The widget is checked each time you let go of it or
        release a key.
      </p>
    </QuestionShell>
  );
}
