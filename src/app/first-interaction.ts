/**
 * The student's first scroll, key, touch or click is noticed by index.html's first script, from
 * before this code arrives: it marks <html> with this attribute and announces it with this event.
 */
const INTERACTED = 'data-interacted';
const INTERACTION_EVENT = 'entropic:interaction';

const waiting: (() => void)[] = [];
let begun = false;

/**
 * Runs what waits for the first interaction, now. Also called where the page cannot see the
 * student's first move: in an iframe, the student scrolls the host page, not the frame.
 */
export function beginInteraction(): void {
  if (begun) return;
  begun = true;
  removeEventListener(INTERACTION_EVENT, beginInteraction);
  waiting.splice(0).forEach((run) => run());
}

/**
 * Runs `run` once, at the student's first scroll, key, touch or click. Work that can wait for it
 * (hydrating what is merely near, registering the service worker) stays out of what a page
 * fetches before any interaction, which its byte budget counts (issue 11).
 */
export function onFirstInteraction(run: () => void): void {
  if (!begun && document.documentElement.hasAttribute(INTERACTED)) beginInteraction();
  if (begun) return run();
  if (waiting.length === 0) addEventListener(INTERACTION_EVENT, beginInteraction);
  waiting.push(run);
}
