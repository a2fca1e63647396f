const kinds = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;

/**
 * Runs `run` once, at the student's first scroll, key, touch or click. Work that can wait for it
 * (hydrating what is merely near, registering the service worker) stays out of what a page
 * fetches before any interaction, which its byte budget counts (issue 11).
 */
export function onFirstInteraction(run: () => void): void {
  const once = () => {
    kinds.forEach((kind) => removeEventListener(kind, once, true));
    run();
  };
  kinds.forEach((kind) => addEventListener(kind, once, { capture: true, passive: true }));
}
