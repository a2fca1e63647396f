import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
import { useStore } from 'zustand';
import {
  mergeSolved,
  migrateProgress,
  progressVersion,
  readExport,
  storedProgressSchema,
  writeExport,
  type StoredProgress,
} from './progress-schema';
import { safeLocalStorage, type StorageProblem } from './safe-storage';

/** localStorage key of the progress. */
export const progressStorageKey = 'entropic:progress';

export interface ProgressState extends StoredProgress {
  /** False on the server and until stored progress has been read (the first client render). */
  hydrated: boolean;
  /** `?seed=N` from the URL: shows the variants another student saw, without changing ours. */
  seedOverride: number | null;
  /** The URL had a `seed` that is not one, so the student's own variants show instead. */
  seedIgnored: boolean;
  /** Something the student should know about their stored progress. */
  problem: StorageProblem | null;
  markSolved(key: string): void;
  /** Forgets the solved questions of one lesson. */
  resetLesson(slug: string): void;
  resetAll(): void;
  /** Adds the solved questions of an exported file; the count added, or undefined if unreadable. */
  importProgress(text: string): number | undefined;
  exportProgress(): string;
}

/** `lessonSlug/questionId`: the key a question's progress is stored under. */
export function progressKey(slug: string, questionId: string): string {
  return `${slug}/${questionId}`;
}

/** How many of a lesson's questions are solved (stale keys of removed questions are ignored). */
export function countSolved(
  solved: StoredProgress['solved'],
  slug: string,
  questionIds: readonly string[],
): number {
  return questionIds.filter((id) => progressKey(slug, id) in solved).length;
}

/** The progress store; tests pass their own storage. */
export function createProgressStore(getStorage?: () => Storage) {
  const store = createStore<ProgressState>()(
    persist(
      (set, get) => ({
        seed: null,
        solved: {},
        hydrated: false,
        seedOverride: null,
        seedIgnored: false,
        problem: null,
        markSolved(key) {
          if (key in get().solved) return;
          set({ solved: { ...get().solved, [key]: { at: Date.now() } } });
        },
        resetLesson(slug) {
          const kept = Object.entries(get().solved).filter(([key]) => !key.startsWith(`${slug}/`));
          set({ solved: Object.fromEntries(kept) });
        },
        resetAll() {
          set({ solved: {} });
        },
        importProgress(text) {
          const imported = readExport(text);
          if (!imported) return undefined;
          const before = Object.keys(get().solved).length;
          const solved = mergeSolved(get().solved, imported.solved);
          set({ solved });
          return Object.keys(solved).length - before;
        },
        exportProgress() {
          const { seed, solved } = get();
          return writeExport({ seed, solved });
        },
      }),
      {
        name: progressStorageKey,
        version: progressVersion,
        storage: safeLocalStorage<StoredProgress>(
          // Only on change: with storage blocked, setting the problem writes, fails, and reports again.
          (problem) => {
            if (store.getState().problem !== problem) store.setState({ problem });
          },
          getStorage,
        ),
        partialize: ({ seed, solved }) => ({ seed, solved }),
        migrate: (stored, version) => {
          const result = migrateProgress(stored, version);
          if (result.ok) return result.progress as ProgressState;
          store.setState({ problem: result.why });
          return undefined as unknown as ProgressState;
        },
        // Stored data comes from outside: it replaces ours only when it fits the schema. It
        // replaces rather than unions, because another tab's write is the newer truth (a reset
        // there must not be undone here).
        merge: (stored, current) => {
          if (stored === undefined) return current;
          const parsed = storedProgressSchema.safeParse(stored);
          if (!parsed.success) {
            current = { ...current, problem: 'corrupt' };
            return current;
          }
          return { ...current, ...parsed.data };
        },
        // Read storage after hydration, so the first client render matches the prerendered HTML.
        skipHydration: true,
      },
    ),
  );
  return store;
}

export const progressStore = createProgressStore();

export type ProgressStore = typeof progressStore;

/** A new student's seed: an unsigned 32-bit integer, short enough to read out or put in a URL. */
function randomSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** Reads `?seed=N` (an unsigned 32-bit integer); anything else is ignored. */
export function seedFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('seed');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const seed = Number(raw);
  return seed <= 2 ** 32 - 1 ? seed : null;
}

/**
 * Reads stored progress once the page has hydrated, draws the student's seed on a first visit,
 * and follows other tabs: their writes arrive as storage events.
 */
export async function hydrateProgress(store: ProgressStore = progressStore): Promise<void> {
  await store.persist.rehydrate();
  const { seed } = store.getState();
  // This write also tells us early whether storage works (it reports "unavailable" if not).
  const seedOverride = seedFromSearch(window.location.search);
  store.setState({
    hydrated: true,
    seedOverride,
    seedIgnored: seedOverride === null && new URLSearchParams(window.location.search).has('seed'),
    seed: seed ?? randomSeed(),
  });
  window.addEventListener('storage', (event) => {
    if (event.key === progressStorageKey || event.key === null) void store.persist.rehydrate();
  });
  // A mark that stored progress is in place: tests wait for it instead of sleeping.
  document.documentElement.dataset.progressLoaded = 'true';
}

/** A value from the progress store; the server and the hydrating render see the initial state. */
export function useProgress<T>(selector: (state: ProgressState) => T): T {
  return useStore(progressStore, selector);
}
