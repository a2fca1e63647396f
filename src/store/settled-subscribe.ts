type Subscribe = (listener: () => void) => () => void;

/**
 * A store's `subscribe` whose listeners hear of changes once the store has been quiet for `ms`,
 * and then of the last one only. For what students read rather than watch (tables of terms,
 * typeset formulas): during a drag they stay put and cost nothing, and they catch up as soon as
 * the pointer rests or lets go. Updating them every 100 ms instead cost a slow phone a frame
 * each time, a quarter of all moves (issue 11's drag benches).
 */
export function settledSubscribe(subscribe: Subscribe, ms: number): Subscribe {
  return (listener) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = subscribe(() => {
      clearTimeout(timer);
      timer = setTimeout(listener, ms);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  };
}

/**
 * A source for `useSyncExternalStore` whose snapshot is `read()` as of the last rest: it changes
 * only when `settledSubscribe` passes a change on (or, at subscribing, to catch up with changes
 * made since it was created). Reading it on a render that something else caused, such as the
 * widget above re-rendering on every drag move, still gives the rested value.
 */
export function settledSource<T>(subscribe: Subscribe, read: () => T, ms: number) {
  let snapshot = read();
  const settled = settledSubscribe(subscribe, ms);
  return {
    subscribe(listener: () => void) {
      snapshot = read();
      return settled(() => {
        snapshot = read();
        listener();
      });
    },
    getSnapshot: () => snapshot,
  };
}
