import type { Connection, ScormVersion } from './connection';

/**
 * The lesson's status in the LMS, by each version's rules. What every version shares: the first
 * launch says "incomplete" (never "not attempted", which only the LMS may write); a status the
 * student earned is never taken back on a later launch; "passed" is written only when earned,
 * by an answer, never by closing the page.
 */
export interface Standing {
  /** Questions solved and in the lesson. */
  solved: number;
  total: number;
  /** The LMS's pass mark as a fraction of the questions, or null when it sets none. */
  passMark: number | null;
}

export interface StatusRules {
  /** Status writes for the launch. */
  launch(): [string, string][];
  /** Status writes after an answer. */
  update(standing: Standing): [string, string][];
  /** Whether the lesson is complete in the LMS (the page then exits normally, not suspended). */
  complete(): boolean;
}

/** Every question solved, or the LMS's pass mark reached. */
function earnedPass({ solved, total, passMark }: Standing): boolean {
  if (total === 0) return false;
  return passMark === null ? solved === total : solved / total >= passMark;
}

/** SCORM 1.2: one `lesson_status`; "passed" says both done and passed. */
function rules12(connection: Connection): StatusRules {
  const element = 'cmi.core.lesson_status';
  let status = connection.get(element) ?? '';
  const set = (value: string): [string, string][] => {
    status = value;
    return [[element, value]];
  };
  return {
    // passed, completed and failed are terminal: launching again must not undo them.
    launch: () =>
      ['passed', 'completed', 'failed', 'incomplete'].includes(status) ? [] : set('incomplete'),
    update: (standing) => (earnedPass(standing) && status !== 'passed' ? set('passed') : []),
    complete: () => status === 'passed' || status === 'completed',
  };
}

/** SCORM 2004: completion and success are separate. */
function rules2004(connection: Connection): StatusRules {
  const completionElement = 'cmi.completion_status';
  const successElement = 'cmi.success_status';
  let completion = connection.get(completionElement) ?? '';
  let success = connection.get(successElement) ?? '';
  return {
    launch() {
      if (completion === 'completed' || completion === 'incomplete') return [];
      completion = 'incomplete';
      return [[completionElement, completion]];
    },
    update(standing) {
      const writes: [string, string][] = [];
      if (standing.total > 0 && standing.solved === standing.total && completion !== 'completed') {
        completion = 'completed';
        writes.push([completionElement, completion]);
      }
      if (earnedPass(standing) && success !== 'passed') {
        success = 'passed';
        writes.push([successElement, success]);
      }
      return writes;
    },
    complete: () => completion === 'completed',
  };
}

export function statusRules(connection: Connection): StatusRules {
  return connection.version === '1.2' ? rules12(connection) : rules2004(connection);
}

/** The LMS's pass mark as a fraction in [0, 1], or null when unset or unreadable. */
export function passMark(version: ScormVersion, value: string | undefined): number | null {
  if (value === undefined || value.trim() === '') return null;
  const number = Number(value);
  if (!Number.isFinite(number)) return null;
  // 1.2 mastery_score is a raw score 0-100; 2004 scaled_passing_score is in [-1, 1].
  const fraction = version === '1.2' ? number / 100 : number;
  return Math.min(Math.max(fraction, 0), 1);
}
