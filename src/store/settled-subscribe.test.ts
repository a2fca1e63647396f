import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { settledSubscribe } from './settled-subscribe';

describe('settledSubscribe', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setUp() {
    const store = createStore<{ value: number }>()(() => ({ value: 0 }));
    const heard: number[] = [];
    const unsubscribe = settledSubscribe(
      store.subscribe,
      100,
    )(() => heard.push(store.getState().value));
    const set = (value: number) => store.setState({ value });
    return { set, heard, unsubscribe };
  }

  it('passes a change on once the store has been quiet for the interval', () => {
    const { set, heard } = setUp();
    set(1);
    vi.advanceTimersByTime(99);
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(heard).toEqual([1]);
  });

  it('stays put while changes keep coming, then hears only the last', () => {
    const { set, heard } = setUp();
    // A drag: a move every 16 ms for a second.
    for (let i = 1; i <= 60; i++) {
      set(i);
      vi.advanceTimersByTime(16);
    }
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(heard).toEqual([60]);
    // The next change, after the rest, is heard on its own.
    set(61);
    vi.advanceTimersByTime(100);
    expect(heard).toEqual([60, 61]);
  });

  it('hears nothing after unsubscribing, not even a change already waiting', () => {
    const { set, heard, unsubscribe } = setUp();
    set(1);
    unsubscribe();
    vi.advanceTimersByTime(1000);
    set(2);
    vi.advanceTimersByTime(1000);
    expect(heard).toEqual([]);
  });
});
