import { createJSONStorage } from 'zustand/middleware';
import { onReport } from '../embed/host-link';
import { progressKey, progressStore } from '../store/progress';
import { connect } from './connection';
import type { QuestionKind } from './dialects';
import { findApi, type FrameLike } from './find-api';
import { readLaunch } from './launch-meta';
import { createSession } from './session';

/**
 * The lesson's side of an LMS launch, started only in a SCORM package (main.tsx). It finds the
 * LMS's API; without one the page behaves exactly as on the site. With one, the LMS is the
 * record: the lesson's solved questions and seed come from `suspend_data`, and what the
 * quizzes report (host-link.ts, the same reports an embedding page receives) goes back to it.
 */

/** Each quiz island's kind, for the interaction's type. */
const kinds: Record<string, QuestionKind> = {
  NumericQuestion: 'numeric',
  ChoiceQuestion: 'choice',
  Challenge: 'challenge',
};

function kindOf(question: string): QuestionKind | undefined {
  const element = [...document.querySelectorAll<HTMLElement>('[data-question]')].find(
    (candidate) => candidate.dataset.question === question,
  );
  const island = element?.closest<HTMLElement>('entropic-island');
  return kinds[island?.dataset.island ?? ''];
}

/** A calm line at the top of the lesson, once, when the LMS refuses a call. */
function showProblem(): void {
  if (document.querySelector('[data-lms-problem]')) return;
  const notice = document.createElement('p');
  notice.setAttribute('role', 'status');
  notice.className = 'progress-notice';
  notice.dataset.lmsProblem = '';
  notice.textContent =
    'Your course is not accepting progress from this lesson right now, so it may not be saved there. You can carry on.';
  const main = document.querySelector('main') ?? document.body;
  main.prepend(notice);
}

export function startLms(): void {
  const launch = readLaunch(document);
  if (!launch) return;
  const { version, slug, questions } = launch;
  const api = findApi(window as unknown as FrameLike, version === '1.2' ? 'API' : 'API_1484_11');
  if (!api) return;
  const session = createSession({
    connection: connect(api, version),
    questions,
    onProblem: showProblem,
  });
  const started = session.start();
  if (!started) return;

  // The LMS is the record: progress stays in memory, not in the browser's storage, which on a
  // shared computer would carry one student's answers into the next student's launch.
  const memory = new Map<string, string>();
  progressStore.persist.setOptions({
    storage: createJSONStorage(() => ({
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
      removeItem: (key) => void memory.delete(key),
    })),
  });

  // What the LMS holds for this lesson: restored at launch, then every solve adds to it.
  let record = new Set((started.restored?.solved ?? []).filter((id) => questions.includes(id)));
  let seed = started.restored?.seed ?? null;
  // Stored progress is read after hydration (from the browser's storage, when that came first),
  // and again on storage events: each time this lesson's questions are put back to the LMS's
  // record, the rest left as it is.
  const applyRecord = () => {
    const state = progressStore.getState();
    const others = Object.entries(state.solved).filter(([key]) => !key.startsWith(`${slug}/`));
    const mine = [...record].map((id) => [progressKey(slug, id), { at: Date.now() }] as const);
    progressStore.setState({
      solved: Object.fromEntries([...others, ...mine]),
      seed: seed ?? state.seed,
      // A problem with the browser's storage does not matter here: the LMS keeps the progress.
      problem: null,
    });
  };
  if (progressStore.persist.hasHydrated()) applyRecord();
  progressStore.persist.onFinishHydration(applyRecord);

  onReport((message) => {
    if (!('lesson' in message.payload) || message.payload.lesson !== slug) return;
    if (message.type === 'answer') {
      const { question, result } = message.payload;
      session.answer(question, result === 'correct', kindOf(question));
    } else if (message.type === 'progress') {
      const { solved, seed: current } = progressStore.getState();
      record = new Set(questions.filter((id) => progressKey(slug, id) in solved));
      seed = current;
      session.progress({ seed, solved: [...record] });
    }
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') session.hide();
  });
  // pagehide, never unload/beforeunload: those break the back/forward cache and do not fire
  // reliably on phones. The session ignores every call after its one finish.
  window.addEventListener('pagehide', () => session.finish());
}
