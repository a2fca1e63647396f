type Subscribe = (listener: () => void) => () => void;

/**
 * A store's `subscribe` whose listeners hear of changes at most once every `ms`, and always of
 * the last one: the first change after a quiet spell is passed on in the next task, later ones
 * wait for the interval to end. For displays that need not redraw on every pointer move (tables,
 * typeset formulas): they then cost nothing on the frames in between, not even an effect.
 */
export function throttledSubscribe(subscribe: Subscribe, ms: number): Subscribe {
  return (listener) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let lastCall = -Infinity;
    const unsubscribe = subscribe(() => {
      if (timer !== undefined) return;
      const wait = Math.max(0, lastCall + ms - performance.now());
      timer = setTimeout(() => {
        timer = undefined;
        lastCall = performance.now();
        listener();
      }, wait);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  };
}
