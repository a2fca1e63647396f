import { useEffect, useSyncExternalStore } from 'react';

type Katex = typeof import('katex').default;

let katex: Katex | undefined;
let loading: Promise<void> | undefined;
const listeners = new Set<() => void>();

function load() {
  loading ??= import('katex').then((module) => {
    katex = module.default;
    listeners.forEach((notify) => notify());
  });
}

function subscribe(notify: () => void) {
  listeners.add(notify);
  return () => listeners.delete(notify);
}

/**
 * KaTeX for formulas that change at run time, loaded on first use so that only pages with a
 * live formula download it. Undefined until it arrives, and always while prerendering and
 * hydrating, so the first render matches the server's plain-text fallback.
 */
export function useKatex(): Katex | undefined {
  useEffect(load, []);
  return useSyncExternalStore(
    subscribe,
    () => katex,
    () => undefined,
  );
}
