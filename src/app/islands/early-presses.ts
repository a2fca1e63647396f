/**
 * Presses of a button inside an island whose code has not arrived yet (a slow connection, a
 * quick student): the prerendered button does nothing then, so each press is kept and made
 * again once the island has hydrated. That covers Check (Enter in an answer field presses it
 * too) and the hint and widget buttons; what was typed or picked stays in the page by itself.
 *
 * Not for an island whose numbers are the student's own (a seeded question, `data-variant`):
 * they appear only as it hydrates, and an answer given for the prerendered ones must not be
 * graded against them.
 */
const pressed = new WeakMap<Element, HTMLButtonElement[]>();
/** Islands React has taken over: from then on, a press is React's to handle. */
const rooted = new WeakSet<Element>();

/** Starts keeping presses made before their islands hydrate: call it once, at page start. */
export function keepEarlyPresses(): void {
  document.addEventListener(
    'click',
    (event) => {
      const button = (event.target as Element).closest?.('button');
      const island = button?.closest('entropic-island');
      if (!button || !island || rooted.has(island) || island.querySelector('[data-variant]'))
        return;
      const presses = pressed.get(island) ?? [];
      // Pressing Check three times while waiting asks for one grade, not three.
      if (presses.at(-1) !== button) presses.push(button);
      pressed.set(island, presses);
    },
    true,
  );
}

/** Marks `island` as React's from now on: call it as its root is created. */
export function markRooted(island: Element): void {
  rooted.add(island);
}

/** Makes the presses kept for `island` again, in order: call it once the island has hydrated. */
export function pressAgain(island: Element): void {
  const presses = pressed.get(island) ?? [];
  pressed.delete(island);
  presses.filter((button) => button.isConnected).forEach((button) => button.click());
}
