import { useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import type { KLState } from '../widgets/kl-explorer/state';

/**
 * The state of every KL explorer on the page, by the `id` the lesson gives it. Live formulas
 * and quiz challenges read the same entry as the widget, so they always agree.
 */
export const klWidgetsStore = createStore<{
  /** Live state: changes on every pointer move. */
  widgets: Record<string, KLState>;
  /** The state at the last commit (pointer up, key up, a control): what quizzes grade. */
  committed: Record<string, KLState>;
}>()(() => ({ widgets: {}, committed: {} }));

/**
 * Creates a widget's entry the first time it renders, so components placed after it (and
 * the server render) see its state in the same pass. Later calls keep the existing state.
 */
export function ensureKLWidget(id: string, initial: KLState): KLState {
  const existing = klWidgetsStore.getState().widgets[id];
  if (existing) return existing;
  klWidgetsStore.setState((s) => ({ widgets: { ...s.widgets, [id]: initial } }));
  return initial;
}

/** Replaces part of a widget's state. */
export function updateKLWidget(id: string, change: Partial<KLState>): void {
  klWidgetsStore.setState((s) => {
    const current = s.widgets[id];
    return current ? { widgets: { ...s.widgets, [id]: { ...current, ...change } } } : s;
  });
}

/** Marks the widget's current state as committed (the end of a drag or key press). */
export function commitKLWidget(id: string): void {
  klWidgetsStore.setState((s) => {
    const current = s.widgets[id];
    return current ? { committed: { ...s.committed, [id]: current } } : s;
  });
}

/** A widget's state at its last commit, or undefined before the first one. */
export function useCommittedKLWidget(id: string): KLState | undefined {
  const read = () => klWidgetsStore.getState().committed[id];
  return useSyncExternalStore(klWidgetsStore.subscribe, read, read);
}

/** Forgets every widget: each prerendered page starts from its own props. */
export function resetKLWidgets(): void {
  klWidgetsStore.setState(klWidgetsStore.getInitialState(), true);
}

/**
 * A widget's current state, or undefined before the widget has rendered. The server snapshot is
 * the live state too: widgets create their entries during the render pass, and a formula after
 * the widget must show the same numbers on the server and while hydrating.
 */
export function useKLWidget(id: string): KLState | undefined {
  const read = () => klWidgetsStore.getState().widgets[id];
  return useSyncExternalStore(klWidgetsStore.subscribe, read, read);
}
