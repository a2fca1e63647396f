import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The CSS width of an element, kept up to date by a ResizeObserver, `fallback` until measured
 * (and while prerendering). Charts that draw in CSS pixels use it as their viewBox width, so
 * their text stays at its set size on a phone and on a wide screen alike. It changes on
 * resize only, never during a drag. Callers give the element a fixed CSS height, so the
 * measured redraw after hydration changes what is drawn, not the page's layout.
 */
export function useMeasuredWidth(ref: RefObject<Element | null>, fallback: number): number {
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const measured = Math.round(entry?.contentRect.width ?? 0);
      if (measured > 0) setWidth(measured);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
