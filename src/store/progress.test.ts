import { describe, expect, it } from 'vitest';
import { countSolved, createProgressStore, progressStorageKey, seedFromSearch } from './progress';
import { mergeSolved, migrateProgress, readExport, writeExport } from './progress-schema';

/** An in-memory Storage; `failWrites` plays a full quota. */
function memoryStorage(initial: Record<string, string> = {}, failWrites = false): Storage {
  const data = new Map(Object.entries(initial));
  return {
    get length() {
      return data.size;
    },
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (failWrites) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
  };
}

const stored = (state: unknown, version = 1) => ({
  [progressStorageKey]: JSON.stringify({ state, version }),
});

describe('progress store', () => {
  it('loads valid stored progress', async () => {
    const storage = memoryStorage(stored({ seed: 7, solved: { 'entropy/fair-coin': { at: 5 } } }));
    const store = createProgressStore(() => storage);
    await store.persist.rehydrate();
    expect(store.getState().seed).toBe(7);
    expect(store.getState().solved).toEqual({ 'entropy/fair-coin': { at: 5 } });
    expect(store.getState().problem).toBeNull();
  });

  it.each([
    ['text that is not JSON', '{"state": {'],
    ['JSON of another shape', JSON.stringify({ hello: 'world' })],
    [
      'a bad key',
      JSON.stringify({ state: { seed: 1, solved: { 'no slash': { at: 1 } } }, version: 1 }),
    ],
    ['a negative seed', JSON.stringify({ state: { seed: -1, solved: {} }, version: 1 })],
    ['an old version', JSON.stringify({ state: { seed: 1, solved: {} }, version: 0 })],
  ])('starts fresh and says so on %s', async (_, raw) => {
    const store = createProgressStore(() => memoryStorage({ [progressStorageKey]: raw }));
    await store.persist.rehydrate();
    expect(store.getState().solved).toEqual({});
    expect(store.getState().problem).toBe('corrupt');
  });

  it('says when progress was saved by a newer version of the site', async () => {
    const store = createProgressStore(() => memoryStorage(stored({ seed: 1, solved: {} }, 2)));
    await store.persist.rehydrate();
    expect(store.getState().problem).toBe('newer');
  });

  it('keeps progress in memory when storage is blocked', async () => {
    const store = createProgressStore(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    await store.persist.rehydrate();
    store.getState().markSolved('entropy/fair-coin');
    expect(store.getState().problem).toBe('unavailable');
    expect(Object.keys(store.getState().solved)).toEqual(['entropy/fair-coin']);
  });

  it('keeps progress in memory when the quota is full', () => {
    const store = createProgressStore(() => memoryStorage({}, true));
    store.getState().markSolved('entropy/fair-coin');
    expect(store.getState().problem).toBe('unavailable');
    expect('entropy/fair-coin' in store.getState().solved).toBe(true);
  });

  it('writes what is solved, and resets one lesson or all', () => {
    const storage = memoryStorage();
    const store = createProgressStore(() => storage);
    const { markSolved } = store.getState();
    markSolved('entropy/a');
    markSolved('entropy/b');
    markSolved('cross-entropy/a');
    const written = JSON.parse(storage.getItem(progressStorageKey)!);
    expect(written.version).toBe(1);
    expect(Object.keys(written.state.solved)).toEqual([
      'entropy/a',
      'entropy/b',
      'cross-entropy/a',
    ]);
    expect(countSolved(store.getState().solved, 'entropy', ['a', 'b', 'c'])).toBe(2);
    store.getState().resetLesson('entropy');
    expect(Object.keys(store.getState().solved)).toEqual(['cross-entropy/a']);
    store.getState().resetAll();
    expect(store.getState().solved).toEqual({});
  });

  it('imports by merging: nothing solved is lost, the earlier time wins', () => {
    const store = createProgressStore(() => memoryStorage());
    store.setState({ solved: { 'entropy/a': { at: 10 }, 'entropy/b': { at: 10 } } });
    const file = writeExport({
      seed: 3,
      solved: { 'entropy/b': { at: 4 }, 'entropy/c': { at: 9 } },
    });
    expect(store.getState().importProgress(file)).toBe(1);
    expect(store.getState().solved).toEqual({
      'entropy/a': { at: 10 },
      'entropy/b': { at: 4 },
      'entropy/c': { at: 9 },
    });
    expect(store.getState().importProgress('{"format": "something else"}')).toBeUndefined();
    expect(store.getState().importProgress('not json')).toBeUndefined();
    expect(Object.keys(store.getState().solved)).toHaveLength(3);
  });

  it('exports a file that imports back', () => {
    const store = createProgressStore(() => memoryStorage());
    store.setState({ seed: 12, solved: { 'entropy/a': { at: 1 } } });
    expect(readExport(store.getState().exportProgress())).toEqual({
      seed: 12,
      solved: { 'entropy/a': { at: 1 } },
    });
  });
});

describe('progress schema', () => {
  it('migrates the current version by validating it', () => {
    expect(migrateProgress({ seed: null, solved: {} }, 1)).toEqual({
      ok: true,
      progress: { seed: null, solved: {} },
    });
    expect(migrateProgress({ seed: 1.5, solved: {} }, 1)).toEqual({ ok: false, why: 'corrupt' });
    expect(migrateProgress({ seed: 1, solved: {} }, 3)).toEqual({ ok: false, why: 'newer' });
  });

  it('merges solved sets', () => {
    expect(mergeSolved({ 'a/x': { at: 2 } }, { 'a/x': { at: 5 }, 'a/y': { at: 1 } })).toEqual({
      'a/x': { at: 2 },
      'a/y': { at: 1 },
    });
  });

  it.each([
    ['?seed=42', 42],
    ['?seed=4294967295', 4294967295],
    ['?seed=4294967296', null],
    ['?seed=-1', null],
    ['?seed=1e3', null],
    ['?other=1', null],
  ])('reads %s as seed %s', (search, seed) => {
    expect(seedFromSearch(search)).toBe(seed);
  });
});
