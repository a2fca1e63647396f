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
