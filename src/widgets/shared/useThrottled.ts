import { useEffect, useRef, useState } from 'react';

/**
 * `value`, updated at most once every `ms` while it keeps changing, and always to its latest
 * version once it settles. For secondary displays (tables, typeset formulas) that need not
 * redraw on every pointer move: skipping those frames keeps a drag within one frame on slow
 * devices, and nobody reads a table that changes 60 times a second.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const lastShown = useRef(-Infinity);
  useEffect(() => {
    if (Object.is(shown, value)) return;
    const wait = Math.max(0, lastShown.current + ms - performance.now());
    const timer = setTimeout(() => {
      lastShown.current = performance.now();
      setShown(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, shown, ms]);
  return shown;
}
