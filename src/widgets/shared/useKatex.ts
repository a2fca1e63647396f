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
 * KaTeX in the browser, for TeX known only after the student acts (a worked solution appears
 * once they answer), loaded on first use: no page fetches it before anyone touches it. Undefined until it arrives, and always while prerendering and
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
