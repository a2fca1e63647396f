import { createStore } from 'zustand/vanilla';
import { persist } from 'zustand/middleware';
// zod/mini: the same validation at a fraction of the bundle size of classic zod.
import * as z from 'zod/mini';
import { safeLocalStorage } from './safe-storage';

export type ThemeChoice = 'light' | 'dark';

/**
 * localStorage key of the settings. index.html's inline script reads the same key before
 * first paint, so a remembered theme never flashes; keep the two in step.
 */
export const settingsStorageKey = 'entropic:settings';

const storedSettingsSchema = z.object({ theme: z.nullable(z.enum(['light', 'dark'])) });

interface SettingsState {
  /** The theme the student picked; null follows the system. */
  theme: ThemeChoice | null;
  setTheme(theme: ThemeChoice | null): void;
}

export const settingsStore = createStore<SettingsState>()(
  persist((set) => ({ theme: null, setTheme: (theme) => set({ theme }) }), {
    name: settingsStorageKey,
    version: 1,
    // Blocked or full storage must not break the page; a theme choice then lasts until reload.
    storage: safeLocalStorage(() => {}),
    partialize: ({ theme }) => ({ theme }),
    // Stored data comes from outside: anything that does not fit the schema is ignored.
    merge: (stored, current) => {
      const parsed = storedSettingsSchema.safeParse(stored);
      return parsed.success ? { ...current, ...parsed.data } : current;
    },
    // Read storage after hydration, so the first client render matches the prerendered HTML.
    skipHydration: true,
  }),
);
