import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { throttledSubscribe } from './throttled-subscribe';

describe('throttledSubscribe', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setUp() {
    const store = createStore<{ value: number }>()(() => ({ value: 0 }));
    const heard: number[] = [];
    const unsubscribe = throttledSubscribe(
      store.subscribe,
      100,
    )(() => heard.push(store.getState().value));
    const set = (value: number) => store.setState({ value });
    return { set, heard, unsubscribe };
  }

  it('passes the first change on in the next task, then at most one per interval, ending on the last', () => {
    const { set, heard } = setUp();
    set(1);
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(heard).toEqual([1]);

    // Changes within the next 100 ms wait; the listener then reads only the latest.
    set(2);
    vi.advanceTimersByTime(40);
    set(3);
    vi.advanceTimersByTime(40);
    expect(heard).toEqual([1]);
    vi.advanceTimersByTime(20);
    expect(heard).toEqual([1, 3]);

    // After a quiet spell, the next change goes through at once again.
    vi.advanceTimersByTime(500);
    set(4);
    vi.advanceTimersByTime(0);
    expect(heard).toEqual([1, 3, 4]);
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
