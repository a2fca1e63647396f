import { afterEach, describe, expect, it, vi } from 'vitest';
import { lastLessonStorageKey, recordLastLesson } from './last-lesson';
import { readLastLesson } from './read-last-lesson';

/** A Storage over a Map, or one whose every call throws (privacy settings, a full quota). */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
    key: () => null,
    get length() {
      return items.size;
    },
  };
}
const blocked = (): Storage => {
  throw new DOMException('blocked', 'SecurityError');
};

afterEach(() => void vi.unstubAllGlobals());

describe('the last lesson opened', () => {
  it('is read back as it was recorded', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    expect(readLastLesson()).toBeNull();
    recordLastLesson('cross-entropy');
    expect(readLastLesson()).toBe('cross-entropy');
  });

  it.each([
    ['not JSON', '{slug:'],
    ['another shape', '{"lesson":"entropy"}'],
    ['a slug that is not one', '{"slug":"../../evil"}'],
    ['a number', '42'],
  ])('is null when storage holds %s', (_, raw) => {
    vi.stubGlobal('localStorage', memoryStorage({ [lastLessonStorageKey]: raw }));
    expect(readLastLesson()).toBeNull();
  });

  it('is null, and recording does not throw, when storage is blocked', () => {
    Object.defineProperty(globalThis, 'localStorage', { get: blocked, configurable: true });
    expect(() => recordLastLesson('entropy')).not.toThrow();
    expect(readLastLesson()).toBeNull();
    delete (globalThis as { localStorage?: Storage }).localStorage;
  });
});
