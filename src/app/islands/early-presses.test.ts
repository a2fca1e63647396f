// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { keepEarlyPresses, markRooted, pressAgain } from './early-presses';

keepEarlyPresses();
vi.useFakeTimers();

/** Makes the island's kept presses again and lets them all run (one per task). */
function replay(element: HTMLElement): void {
  pressAgain(element);
  vi.runAllTimers();
}

/** An island as prerendered: buttons with no code behind them yet. */
function island(html: string): HTMLElement {
  const element = document.createElement('entropic-island');
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

/** What the hydrated island's code would do: note each press of each button. */
function hydrate(element: HTMLElement): string[] {
  const heard: string[] = [];
  for (const button of element.querySelectorAll('button'))
    button.addEventListener('click', () => heard.push(button.textContent!));
  markRooted(element);
  return heard;
}

describe('presses made before an island hydrates', () => {
  it('are made again in order once it has, a repeated press once', () => {
    const question = island('<button>Hint</button><button>Check</button>');
    const [hint, check] = question.querySelectorAll('button');
    hint!.click();
    check!.click();
    check!.click();
    const heard = hydrate(question);
    replay(question);
    expect(heard).toEqual(['Hint', 'Check']);
    // Kept presses are made once: a second hydration signal makes none.
    replay(question);
    expect(heard).toEqual(['Hint', 'Check']);
  });

  it('are left to React once it has taken the island over', () => {
    const question = island('<button>Check</button>');
    const heard = hydrate(question);
    question.querySelector('button')!.click();
    replay(question);
    // Only the press itself, not a second one from the replay.
    expect(heard).toEqual(['Check']);
  });

  it('are not made again in a seeded question, whose numbers change as it hydrates', () => {
    const question = island('<p data-variant>P = (0.5, 0.5)</p><button>Check</button>');
    question.querySelector('button')!.click();
    const heard = hydrate(question);
    replay(question);
    expect(heard).toEqual([]);
  });

  it('skip a button the hydrated island no longer has', () => {
    const widget = island('<button>Reset</button>');
    widget.querySelector('button')!.click();
    const heard = hydrate(widget);
    widget.replaceChildren();
    replay(widget);
    expect(heard).toEqual([]);
  });

  it('include keys pressed on a slider, each made again with its release, in order with clicks', () => {
    const widget = island(
      '<svg><g role="slider" tabindex="0" aria-label="Q(e)"></g></svg><button>Swap</button>',
    );
    const slider = widget.querySelector('[role="slider"]')!;
    const key = (name: string, shiftKey = false) =>
      slider.dispatchEvent(new KeyboardEvent('keydown', { key: name, shiftKey, bubbles: true }));
    key('ArrowUp');
    widget.querySelector('button')!.click();
    key('PageDown', true);
    const heard = hydrate(widget);
    for (const kind of ['keydown', 'keyup'])
      slider.addEventListener(kind, (event) => {
        const { key: name, shiftKey } = event as KeyboardEvent;
        heard.push(`${kind} ${shiftKey ? 'Shift+' : ''}${name}`);
      });
    replay(widget);
    expect(heard).toEqual([
      'keydown ArrowUp',
      'keyup ArrowUp',
      'Swap',
      'keydown Shift+PageDown',
      'keyup Shift+PageDown',
    ]);
  });

  it('keep a slider key from scrolling the page while the code is away; other keys keep theirs', () => {
    const widget = island('<svg><g role="slider" tabindex="0" aria-label="Q(e)"></g></svg>');
    const slider = widget.querySelector('[role="slider"]')!;
    const press = (name: string) => {
      const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
      slider.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(['ArrowDown', 'PageUp', 'End', 'Tab', ' '].map(press)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });

  it('reach the slider of the same name where the island was rendered afresh, and focus it', () => {
    const widget = island('<div role="slider" tabindex="0" aria-label="logit(cat)"></div>');
    const prerendered = widget.querySelector<HTMLElement>('[role="slider"]')!;
    prerendered.focus();
    prerendered.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowUp', shiftKey: true, bubbles: true }),
    );
    // An embed page whose URL sets the widget replaces its prerender with a fresh render.
    widget.innerHTML =
      '<div role="slider" tabindex="0" aria-label="logit(dog)"></div>' +
      '<div role="slider" tabindex="0" aria-label="logit(cat)"></div>';
    const rendered = widget.querySelectorAll<HTMLElement>('[role="slider"]')[1]!;
    const heard = hydrate(widget);
    widget.addEventListener('keydown', (event) => {
      const target = event.target as Element;
      heard.push(`${target.getAttribute('aria-label')} ${(event as KeyboardEvent).key}`);
    });
    replay(widget);
    expect(heard).toEqual(['logit(cat) ArrowUp']);
    expect(document.activeElement).toBe(rendered);
  });

  it('give focus back to the slider a fresh render replaced, unless the student moved on', () => {
    const slider = '<div role="slider" tabindex="0" aria-label="Threshold"></div>';
    const render = (widget: HTMLElement) => {
      widget.querySelector<HTMLElement>('[role="slider"]')!.focus();
      widget.innerHTML = slider;
      hydrate(widget);
    };
    const lost = island(slider);
    render(lost);
    replay(lost);
    expect(document.activeElement).toBe(lost.querySelector('[role="slider"]'));

    const movedOn = island(slider);
    render(movedOn);
    const field = island('<input aria-label="Answer">').querySelector('input')!;
    field.focus();
    replay(movedOn);
    expect(document.activeElement).toBe(field);
  });

  it('leave keys alone outside sliders: what is typed in a field stays there by itself', () => {
    const question = island('<input aria-label="Answer"><button>Check</button>');
    question
      .querySelector('input')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: '7', bubbles: true }));
    const heard = hydrate(question);
    question.addEventListener('keydown', () => heard.push('key'));
    replay(question);
    expect(heard).toEqual([]);
  });
});
