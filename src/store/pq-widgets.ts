import { useMemo, useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import type { PQState } from '../widgets/pq-bars/state';
import { throttledSubscribe } from './throttled-subscribe';

/**
 * The state of every P/Q widget on the page, by the `id` the lesson gives it. Live formulas
 * and quiz challenges read the same entry as the widget, so they always agree.
 */
export const pqWidgetsStore = createStore<{
  /** Live state: changes on every pointer move. */
  widgets: Record<string, PQState>;
  /** The state at the last commit (pointer up, key up, a control): what quizzes grade. */
  committed: Record<string, PQState>;
}>()(() => ({ widgets: {}, committed: {} }));

/**
 * Creates a widget's entry the first time it renders, so components placed after it (and
 * the server render) see its state in the same pass. Later calls keep the existing state.
 */
export function ensurePQWidget(id: string, initial: PQState): PQState {
  const existing = pqWidgetsStore.getState().widgets[id];
  if (existing) return existing;
  pqWidgetsStore.setState((s) => ({ widgets: { ...s.widgets, [id]: initial } }));
  return initial;
}

/** Replaces part of a widget's state. */
export function updatePQWidget(id: string, change: Partial<PQState>): void {
  pqWidgetsStore.setState((s) => {
    const current = s.widgets[id];
    return current ? { widgets: { ...s.widgets, [id]: { ...current, ...change } } } : s;
  });
}

/** Marks the widget's current state as committed (the end of a drag or key press). */
export function commitPQWidget(id: string): void {
  pqWidgetsStore.setState((s) => {
    const current = s.widgets[id];
    return current ? { committed: { ...s.committed, [id]: current } } : s;
  });
}

/** A widget's state at its last commit, or undefined before the first one. */
export function useCommittedPQWidget(id: string): PQState | undefined {
  const read = () => pqWidgetsStore.getState().committed[id];
  return useSyncExternalStore(pqWidgetsStore.subscribe, read, read);
}

/** Forgets every widget: each prerendered page starts from its own props. */
export function resetPQWidgets(): void {
  pqWidgetsStore.setState(pqWidgetsStore.getInitialState(), true);
}

/**
 * A widget's current state, or undefined before the widget has rendered. The server snapshot is
 * the live state too: widgets create their entries during the render pass, and a formula after
 * the widget must show the same numbers on the server and while hydrating.
 */
export function usePQWidget(id: string): PQState | undefined {
  const read = () => pqWidgetsStore.getState().widgets[id];
  return useSyncExternalStore(pqWidgetsStore.subscribe, read, read);
}

/**
 * A widget's current state for displays that may trail a drag: it re-renders the caller at
 * most once every `ms` while the state keeps changing, and always with the latest state.
 */
export function useThrottledPQWidget(id: string, ms: number): PQState | undefined {
  const subscribe = useMemo(() => throttledSubscribe(pqWidgetsStore.subscribe, ms), [ms]);
  const read = () => pqWidgetsStore.getState().widgets[id];
  return useSyncExternalStore(subscribe, read, read);
}
