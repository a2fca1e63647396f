import { useEffect, useRef, type ReactNode } from 'react';
import { useCommittedKLWidget, useKLWidgetField } from '../store/kl-widgets';
import { useCommittedPQWidget, usePQWidgetField } from '../store/pq-widgets';
import { jointWidgets } from '../widgets/joint/store';
import { splitWidgets } from '../widgets/split/store';
import { softmaxWidgets } from '../widgets/softmax/store';
import {
  checkCommitted,
  checkJointGoal,
  checkKLGoal,
  checkPQGoal,
  checkSplitGoal,
  checkSoftmaxGoal,
  goalText,
  widgetOfGoal,
  type ChallengeGoal,
  type GoalCheck,
  type JointGoal,
  type KLGoal,
  type PQGoal,
  type SoftmaxGoal,
  type SplitGoal,
} from './challenge-goals';
import { QuestionShell } from './QuestionShell';
import { useSolved } from './useSolved';

export interface ChallengeProps {
  /** Stable id, unique in the lesson: progress is stored under `lessonSlug/id`. */
  id: string;
  /** The `id` of the widget on this page that the challenge watches. */
  widget: string;
  /**
   * `klBelow`, `maxEntropy` (P/Q bars), `reverseKlOptimum` (KL explorer), `independent` (joint
   * table), `bestSplit` (split), `lossBelow` or `teacherTopAtMost` (logits to loss).
   */
  goal: ChallengeGoal;
  /**
   * Threshold in the unit the widget shows; defaults: 0.05 for `klBelow`, 0.005 for
   * `independent`, 0.001 for `bestSplit`, 0.1 for `lossBelow`, 0.6 (a probability) for
   * `teacherTopAtMost`, 0.01 for the others.
   */
  value?: number;
  /** The worked solution: how to reach the goal and why it is the answer, shown once solved. */
  explanation?: string;
  /** The prompt. */
  children: ReactNode;
}

/**
 * A task on a widget of the page, graded on the widget's committed state (pointer up, key up,
 * a control), never in the middle of a drag.
 */
export function Challenge({ id, widget, goal, value, explanation, children }: ChallengeProps) {
  const { solved, record, completedLesson } = useSolved(id);
  const pq = useCommittedPQWidget(widget);
  const kl = useCommittedKLWidget(widget);
  const joint = jointWidgets.useCommitted(widget);
  const split = splitWidgets.useCommitted(widget);
  const softmax = softmaxWidgets.useCommitted(widget);
  // The goal speaks the unit the widget shows now, and follows it when the student switches.
  const units = {
    pq: usePQWidgetField(widget, (s) => s.unit),
    kl: useKLWidgetField(widget, (s) => s.unit),
    joint: jointWidgets.useField(widget, (s) => s.unit),
    split: splitWidgets.useField(widget, (s) => s.unit),
    softmax: softmaxWidgets.useField(widget, (s) => s.unit),
  };
  const kind = widgetOfGoal(goal);
  let check: GoalCheck | undefined;
  if (kind === 'kl') check = kl && checkCommitted(kl, (s) => checkKLGoal(s, goal as KLGoal, value));
  else if (kind === 'joint') {
    check = joint && checkCommitted(joint, (s) => checkJointGoal(s, goal as JointGoal, value));
  } else if (kind === 'split') {
    check = split && checkCommitted(split, (s) => checkSplitGoal(s, goal as SplitGoal, value));
  } else if (kind === 'softmax') {
    check =
      softmax && checkCommitted(softmax, (s) => checkSoftmaxGoal(s, goal as SoftmaxGoal, value));
  } else check = pq && checkCommitted(pq, (s) => checkPQGoal(s, goal as PQGoal, value));
  const met = check?.met ?? false;
  const unit = units[kind] ?? 'bits';

  // Each commit is a try; the host hears of the challenge once, when a commit meets the goal
  // (reporting every exploratory drag as a wrong answer would bury the one that counts).
  const committed = { pq, kl, joint, split, softmax }[kind];
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
      extra={
        (met || solved) && explanation ? (
          <div className="quiz-solution">
            <p className="quiz-solution-title">Worked solution</p>
            <p>{explanation}</p>
          </div>
        ) : null
      }
      prompt={children}
    >
      <p className="quiz-given">
        Goal: {goalText(goal, unit, value)}. The widget is checked each time you let go of it or
        release a key.
      </p>
    </QuestionShell>
  );
}
