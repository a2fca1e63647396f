import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { settledSource, settledSubscribe } from './settled-subscribe';

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

describe('settledSource', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setUp() {
    const store = createStore<{ value: number }>()(() => ({ value: 0 }));
    const source = settledSource(store.subscribe, () => store.getState().value, 100);
    const set = (value: number) => store.setState({ value });
    return { source, set };
  }

  it('keeps its snapshot through a drag, read as often as anything re-renders', () => {
    const { source, set } = setUp();
    const told = vi.fn();
    source.subscribe(told);
    const seen: number[] = [];
    for (let i = 1; i <= 30; i++) {
      set(i);
      vi.advanceTimersByTime(16);
      seen.push(source.getSnapshot());
    }
    expect(new Set(seen)).toEqual(new Set([0]));
    expect(told).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(told).toHaveBeenCalledTimes(1);
    expect(source.getSnapshot()).toBe(30);
  });

  it('catches up when subscribed with what changed since it was created', () => {
    const { source, set } = setUp();
    set(5);
    expect(source.getSnapshot()).toBe(0);
    source.subscribe(() => undefined);
    expect(source.getSnapshot()).toBe(5);
  });
});
