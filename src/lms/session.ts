import type { Connection } from './connection';
import { dialects, type QuestionKind } from './dialects';
import { passMark, statusRules, type StatusRules } from './status';
import { decodeSuspendData, encodeSuspendData, type SuspendedLesson } from './suspend-data';

/**
 * One launch of a lesson inside an LMS: what the lesson tells the LMS and when. `start` opens
 * the session and returns what the LMS kept from earlier launches; each graded answer records
 * an interaction, then `progress` writes the score, the status when it changes, and the
 * suspend data, and commits; `hide` commits; `finish` says how the student left and closes the
 * session, once. In review or browse mode the lesson reads but writes nothing to the record.
 * Any call the LMS refuses calls `onProblem`, and the lesson carries on.
 */
export interface SessionOptions {
  connection: Connection;
  /** The lesson's question ids. */
  questions: readonly string[];
  onProblem(): void;
  /** The clock (tests pass their own). */
  now?: () => number;
}

export interface Session {
  /** Opens the session; what the LMS kept from earlier launches, or null when it cannot open. */
  start(): { restored: SuspendedLesson | undefined } | null;
  answer(question: string, correct: boolean, kind: QuestionKind | undefined): void;
  progress(state: SuspendedLesson): void;
  hide(): void;
  finish(): void;
}

export function createSession({
  connection,
  questions,
  onProblem,
  now = Date.now,
}: SessionOptions): Session {
  const cmi = dialects[connection.version];
  const started = now();
  let open = false;
  let readOnly = false;
  // Read at the start: the LMS answers nothing before Initialize.
  let rules: StatusRules | null = null;
  let mark: number | null = null;
  let bestRaw = 0;
  let interactions: number | null = null;
  const lastAnswered = new Map<string, number>();

  const check = (ok: boolean) => {
    if (!ok) onProblem();
  };
  const write = (element: string, value: string) => check(connection.set(element, value));
  const writeAll = (writes: [string, string][]) => writes.forEach(([e, v]) => write(e, v));
  const commit = () => check(connection.commit());

  return {
    start() {
      if (!connection.initialize()) {
        onProblem();
        return null;
      }
      open = true;
      // An unset mode counts as normal; only review and browse leave the record alone.
      const mode = connection.get(cmi.mode) ?? '';
      readOnly = mode === 'review' || mode === 'browse';
      rules = statusRules(connection);
      mark = passMark(connection.version, connection.get(cmi.masteryScore));
      const raw = Number(connection.get(cmi.score.raw) || 0);
      bestRaw = Number.isFinite(raw) ? raw : 0;
      // LMSs without interactions answer `_children` with an error ("not implemented").
      if (connection.get(`${cmi.interactions}._children`) !== undefined) {
        const count = Number(connection.get(`${cmi.interactions}._count`) ?? '0');
        interactions = Number.isInteger(count) && count >= 0 ? count : 0;
      }
      const restored = decodeSuspendData(connection.get(cmi.suspendData) ?? '');
      if (!readOnly) {
        const writes = rules.launch();
        writeAll(writes);
        if (writes.length > 0) commit();
      }
      return { restored };
    },

    answer(question, correct, kind) {
      if (!open || readOnly || interactions === null) return;
      const at = now();
      const prefix = `${cmi.interactions}.${interactions}`;
      interactions += 1;
      write(`${prefix}.id`, question);
      if (kind) write(`${prefix}.type`, cmi.types[kind]);
      const [when, value] = cmi.when(new Date(at));
      write(`${prefix}.${when}`, value);
      write(`${prefix}.result`, correct ? 'correct' : cmi.wrong);
      // Latency: since this question's previous answer, or since the launch.
      write(`${prefix}.latency`, cmi.latency(at - (lastAnswered.get(question) ?? started)));
      lastAnswered.set(question, at);
    },

    progress(state) {
      if (!open || readOnly || !rules) return;
      const solved = state.solved.filter((id) => questions.includes(id)).length;
      const total = questions.length;
      const fraction = total === 0 ? 0 : solved / total;
      // A later launch whose suspend data was lost must not lower the score the LMS has.
      const raw = Math.max(bestRaw, Math.round(fraction * 10_000) / 100);
      bestRaw = raw;
      write(cmi.score.min, '0');
      write(cmi.score.max, '100');
      write(cmi.score.raw, String(raw));
      if (cmi.score.scaled) write(cmi.score.scaled, String(Math.round(raw * 100) / 10_000));
      writeAll(rules.update({ solved, total, passMark: mark }));
      write(cmi.suspendData, encodeSuspendData(state));
      commit();
    },

    hide() {
      if (open && !readOnly) commit();
    },

    finish() {
      if (!open) return;
      // Closed before the calls below: a second pagehide (or one after a back/forward cache
      // restore) must not reach the LMS again.
      open = false;
      if (!readOnly) {
        if (!rules?.complete()) write(cmi.exit, 'suspend');
        else if (cmi.normalExit !== null) write(cmi.exit, cmi.normalExit);
        write(cmi.sessionTime, cmi.sessionTimeValue(now() - started));
        commit();
      }
      check(connection.finish());
    },
  };
}
