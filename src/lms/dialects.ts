import type { ScormVersion } from './connection';
import { duration2004, timeOfDay12, timespan12, timestamp2004 } from './time-formats';

/**
 * Where each version keeps what we write, and the words it uses. A 1.2 package writes only 1.2
 * elements and a 2004 package only 2004 ones: LMSs reject the other version's names, and the
 * tests check that no call crosses over.
 */
export interface Dialect {
  mode: string;
  suspendData: string;
  score: { raw: string; min: string; max: string; scaled?: string };
  exit: string;
  /** What `exit` says when the lesson is complete ("" in 1.2, where "" is a normal exit). */
  normalExit: string | null;
  sessionTime: string;
  sessionTimeValue(ms: number): string;
  /** The LMS's pass mark, as a score raw (1.2, 0-100) or scaled (2004, -1-1). */
  masteryScore: string;
  interactions: string;
  wrong: string;
  latency(ms: number): string;
  /** The element and value stamping when an interaction happened. */
  when(date: Date): [string, string];
  /** Our question kinds in the version's interaction types. */
  types: Record<QuestionKind, string>;
}

export type QuestionKind = 'numeric' | 'choice' | 'challenge';

/** What both versions name alike. */
const common = {
  suspendData: 'cmi.suspend_data',
  interactions: 'cmi.interactions',
  types: { numeric: 'numeric', choice: 'choice', challenge: 'performance' },
} as const;

export const dialects: Record<ScormVersion, Dialect> = {
  '1.2': {
    ...common,
    mode: 'cmi.core.lesson_mode',
    score: { raw: 'cmi.core.score.raw', min: 'cmi.core.score.min', max: 'cmi.core.score.max' },
    exit: 'cmi.core.exit',
    normalExit: null,
    sessionTime: 'cmi.core.session_time',
    sessionTimeValue: timespan12,
    masteryScore: 'cmi.student_data.mastery_score',
    wrong: 'wrong',
    latency: timespan12,
    when: (date) => ['time', timeOfDay12(date)],
  },
  '2004': {
    ...common,
    mode: 'cmi.mode',
    score: {
      raw: 'cmi.score.raw',
      min: 'cmi.score.min',
      max: 'cmi.score.max',
      scaled: 'cmi.score.scaled',
    },
    exit: 'cmi.exit',
    normalExit: 'normal',
    sessionTime: 'cmi.session_time',
    sessionTimeValue: duration2004,
    masteryScore: 'cmi.scaled_passing_score',
    wrong: 'incorrect',
    latency: duration2004,
    when: (date) => ['timestamp', timestamp2004(date)],
  },
};
