/**
 * Presses made inside an island whose code has not arrived yet (a slow connection, a quick
 * student): the prerendered page does nothing with them then, so each is kept and made again
 * once the island has hydrated or been rendered afresh. That covers Check (Enter in an answer
 * field presses it too), the hint and widget buttons, and keys pressed on a focused slider (a
 * widget's bar, reached with Tab); what was typed or picked stays in the page by itself.
 *
 * Not for an island whose numbers are the student's own (a seeded question, `data-variant`):
 * they appear only as it hydrates, and an answer given for the prerendered ones must not be
 * graded against them.
 */
import { SLIDER_KEYS } from '../../widgets/shared/slider-key-names';

type EarlyPress =
  { button: HTMLButtonElement } | { slider: Element; key: string; shiftKey: boolean };

const pressed = new WeakMap<Element, EarlyPress[]>();
/** The slider the student last focused in each waiting island. */
const focusedSlider = new WeakMap<Element, Element>();
/** Islands React has taken over: from then on, a press is React's to handle. */
const rooted = new WeakSet<Element>();

/** The element matching `selector` that `target` is in, and its island, if that still waits. */
function waiting(target: EventTarget | null, selector: string) {
  const element = (target as Element | null)?.closest?.(selector);
  const island = element?.closest('entropic-island');
  if (!element || !island || rooted.has(island) || island.querySelector('[data-variant]'))
    return undefined;
  return { element, island, presses: pressed.get(island) ?? [] };
}

/** Starts keeping presses made before their islands hydrate: call it once, at page start. */
export function keepEarlyPresses(): void {
  document.addEventListener(
    'click',
    (event) => {
      const found = waiting(event.target, 'button');
      if (!found) return;
      const { element: button, island, presses } = found;
      const last = presses.at(-1);
      // Pressing Check three times while waiting asks for one grade, not three.
      if (last && 'button' in last && last.button === button) return;
      presses.push({ button: button as HTMLButtonElement });
      pressed.set(island, presses);
    },
    true,
  );
  document.addEventListener(
    'keydown',
    (event) => {
      const found = waiting(event.target, '[role="slider"]');
      if (!found) return;
      // A slider key moves the bar once the code is here, not the page now (as the widget would).
      if (SLIDER_KEYS.has(event.key)) event.preventDefault();
      // Every key: the widget's own handler picks out the slider keys when it gets them.
      found.presses.push({ slider: found.element, key: event.key, shiftKey: event.shiftKey });
      pressed.set(found.island, found.presses);
    },
    true,
  );
  document.addEventListener(
    'focusin',
    (event) => {
      const found = waiting(event.target, '[role="slider"]');
      if (found) focusedSlider.set(found.island, found.element);
    },
    true,
  );
}

/**
 * Marks `island` as React's from now on: call it as its hydration starts, or as a fresh render's
 * elements take the prerender's place.
 */
export function markRooted(island: Element): void {
  rooted.add(island);
}

/** Makes the presses kept for `island` again, in order: call it once React has committed it. */
export function pressAgain(island: Element): void {
  refocus(island);
  const presses = pressed.get(island) ?? [];
  pressed.delete(island);
  // One press per task, as the student made them: each then finds the island re-rendered by the
  // one before (two arrow presses in one task would both step from the same value).
  const next = () => {
    const press = presses.shift();
    if (!press) return;
    makeAgain(press, island);
    setTimeout(next);
  };
  next();
}

function makeAgain(press: EarlyPress, island: Element): void {
  if ('button' in press) {
    if (press.button.isConnected) press.button.click();
    return;
  }
  const slider = sliderNow(press.slider, island);
  if (!slider) return;
  const init = { key: press.key, shiftKey: press.shiftKey, bubbles: true, cancelable: true };
  slider.dispatchEvent(new KeyboardEvent('keydown', init));
  // A slider commits its change (announces it, grades a challenge) as the key comes up.
  slider.dispatchEvent(new KeyboardEvent('keyup', init));
}

/**
 * Puts the student's focus back on their slider where a fresh render replaced it: removing the
 * focused prerender left the focus on the page's body.
 */
function refocus(island: Element): void {
  const slider = focusedSlider.get(island);
  focusedSlider.delete(island);
  if (!slider || slider.isConnected || document.activeElement !== document.body) return;
  (sliderNow(slider, island) as HTMLElement | SVGElement | undefined)?.focus({
    preventScroll: true,
  });
}

/**
 * Where the slider `kept` (pressed or focused while waiting) is in the island now: the same
 * element, or, where the island was rendered afresh (an embed page whose URL sets the widget
 * replaces its prerender), the slider with the same name.
 */
function sliderNow(kept: Element, island: Element): Element | undefined {
  if (kept.isConnected) return kept;
  const name = kept.getAttribute('aria-label');
  return [...island.querySelectorAll('[role="slider"]')].find(
    (slider) => slider.getAttribute('aria-label') === name,
  );
}
