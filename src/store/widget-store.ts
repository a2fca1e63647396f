import { useMemo, useSyncExternalStore } from 'react';
import { createStore } from 'zustand/vanilla';
import { settledSource } from './settled-subscribe';

/** How long a widget must rest before its tables and formulas catch up (see settledSource). */
const SETTLE_MS = 120;

/** A committed state, and whether a "solve it for me" button (Best Q) rather than the student put it there. */
export interface Committed<S> {
  state: S;
  assisted: boolean;
}

/**
 * A store for every widget of one kind on the page, by the `id` the lesson gives each. Live
 * formulas and quiz challenges read the same entry as the widget, so they always agree.
 */
export function createWidgetStore<S extends object>() {
  const store = createStore<{
    /** Live state: changes on every pointer move. */
    widgets: Record<string, S>;
    /** Each widget's state as it first rendered: what the prerendered page shows. */
    created: Record<string, S>;
    /** The state at the last commit (pointer up, key up, a control): what quizzes grade. */
    committed: Record<string, Committed<S>>;
  }>()(() => ({ widgets: {}, created: {}, committed: {} }));

  const live = (id: string) => () => store.getState().widgets[id];
  /**
   * The server snapshot of every hook below: the state the page was prerendered with. An island
   * hydrating after the student has already changed the widget above it (a key pressed before
   * the page's code arrived, a drag before a quiz below came near) must first render what its
   * prerender shows; React then renders the live state at once.
   */
  const prerendered = (id: string) => () => store.getState().created[id];

  return {
    store,

    /**
     * Creates a widget's entry the first time it renders, so components placed after it (and
     * the server render) see its state in the same pass. Later calls keep the existing state.
     */
    ensure(id: string, initial: S): S {
      const existing = store.getState().widgets[id];
      if (existing) return existing;
      store.setState((s) => ({
        widgets: { ...s.widgets, [id]: initial },
        created: { ...s.created, [id]: initial },
      }));
      return initial;
    },

    /** Replaces part of a widget's state. */
    update(id: string, change: Partial<S>): void {
      store.setState((s) => {
        const current = s.widgets[id];
        return current ? { widgets: { ...s.widgets, [id]: { ...current, ...change } } } : s;
      });
    },

    /**
     * Marks the widget's current state as committed (the end of a drag or key press);
     * `assisted` when a button that finds the answer made it, so challenges can tell.
     */
    commit(id: string, assisted = false): void {
      store.setState((s) => {
        const state = s.widgets[id];
        return state ? { committed: { ...s.committed, [id]: { state, assisted } } } : s;
      });
    },

    /** Forgets every widget: each prerendered page starts from its own props. */
    reset(): void {
      store.setState(store.getInitialState(), true);
    },

    /**
     * A widget's current state, or undefined before the widget has rendered. Widgets create
     * their entries during the render pass, so a formula after the widget shows its numbers on
     * the server too.
     */
    useWidget(id: string): S | undefined {
      return useSyncExternalStore(store.subscribe, live(id), prerendered(id));
    },

    /**
     * A widget's current state for displays that students read rather than watch (tables,
     * typeset formulas): it re-renders the caller once a change has rested for SETTLE_MS, with
     * the latest state, and not during a drag, even when the caller's parent re-renders.
     */
    useSettledWidget(id: string): S | undefined {
      const source = useMemo(() => settledSource(store.subscribe, live(id), SETTLE_MS), [id]);
      return useSyncExternalStore(source.subscribe, source.getSnapshot, prerendered(id));
    },

    /**
     * One field of a widget's current state (its unit, say): the caller re-renders when that
     * field changes, not on every drag move. `pick` must return a primitive.
     */
    useField<T>(id: string, pick: (state: S) => T): T | undefined {
      const picked = (state: S | undefined) => state && pick(state);
      return useSyncExternalStore(
        store.subscribe,
        () => picked(live(id)()),
        () => picked(prerendered(id)()),
      );
    },

    /** A widget's state at its last commit, or undefined before the first one (and in a prerender). */
    useCommitted(id: string): Committed<S> | undefined {
      const read = () => store.getState().committed[id];
      return useSyncExternalStore(store.subscribe, read, () => undefined);
    },
  };
}
