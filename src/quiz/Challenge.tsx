import { useEffect, type ReactNode } from 'react';
import { useCommittedKLWidget } from '../store/kl-widgets';
import { useCommittedPQWidget } from '../store/pq-widgets';
import {
  checkKLGoal,
  checkPQGoal,
  goalText,
  isKLGoal,
  type ChallengeGoal,
  type GoalCheck,
} from './challenge-goals';
import { QuestionShell } from './QuestionShell';
import { useSolved } from './useSolved';

export interface ChallengeProps {
  /** Stable id, unique in the lesson: progress is stored under `lessonSlug/id`. */
  id: string;
  /** The `id` of the widget on this page that the challenge watches (P/Q bars or KL explorer). */
  widget: string;
  /** `klBelow`, `maxEntropy` (P/Q bars) or `reverseKlOptimum` (KL explorer). */
  goal: ChallengeGoal;
  /** Threshold in bits; defaults: 0.05 for `klBelow`, 0.01 for the others. */
  value?: number;
  /** The prompt. */
  children: ReactNode;
}

/**
 * A task on a widget of the page, graded on the widget's committed state (pointer up, key up,
 * a control), never in the middle of a drag.
 */
export function Challenge({ id, widget, goal, value, children }: ChallengeProps) {
  const { solved, markSolved } = useSolved(id);
  const pq = useCommittedPQWidget(widget);
  const kl = useCommittedKLWidget(widget);
  let check: GoalCheck | undefined;
  if (isKLGoal(goal)) check = kl && checkKLGoal(kl, goal, value);
  else check = pq && checkPQGoal(pq, goal, value);
  const met = check?.met ?? false;

  useEffect(() => {
    if (met) markSolved();
  }, [met, markSolved]);

  return (
    <QuestionShell
      id={id}
      solved={solved}
      result={check ? (met ? 'correct' : 'incorrect') : undefined}
      feedback={check ? `${met ? 'Solved!' : 'Not yet.'} ${check.text}` : ''}
      prompt={children}
    >
      <p className="quiz-given">
        Goal: {goalText(goal, value)}. The widget is checked each time you let go of it or release a
        key.
      </p>
    </QuestionShell>
  );
}
