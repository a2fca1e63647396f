import type { PersistStorage, StorageValue } from 'zustand/middleware';
import * as z from 'zod/mini';

/** zustand's envelope around a stored state; each store checks the state with its own schema. */
const envelopeSchema = z.object({ state: z.unknown(), version: z.number() });

/** Why stored data could not be used: it is reported to the student, never thrown. */
export type StorageProblem = 'corrupt' | 'newer' | 'unavailable';

/**
 * A zustand storage over localStorage that never throws: reading blocked storage (privacy
 * settings make `window.localStorage` itself throw), a full quota, or text that is not our JSON
 * are reported through `report`, and the store carries on in memory.
 */
export function safeLocalStorage<S>(
  report: (problem: StorageProblem) => void,
  getStorage: () => Storage = () => window.localStorage,
): PersistStorage<S> {
  return {
    getItem(name) {
      let raw: string | null;
      try {
        raw = getStorage().getItem(name);
      } catch {
        report('unavailable');
        return null;
      }
      if (raw === null) return null;
      let json: unknown;
      try {
        json = JSON.parse(raw);
      } catch {
        report('corrupt');
        return null;
      }
      const envelope = envelopeSchema.safeParse(json);
      if (!envelope.success) {
        report('corrupt');
        return null;
      }
      // The state itself is checked by the store's migrate/merge, which know its schema.
      return envelope.data as StorageValue<S>;
    },
    setItem(name, value) {
      try {
        getStorage().setItem(name, JSON.stringify(value));
      } catch {
        report('unavailable');
      }
    },
    removeItem(name) {
      try {
        getStorage().removeItem(name);
      } catch {
        report('unavailable');
      }
    },
  };
}
