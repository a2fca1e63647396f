// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keepEarlyPresses, markRooted, pressAgain } from './early-presses';

keepEarlyPresses();

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
    pressAgain(question);
    expect(heard).toEqual(['Hint', 'Check']);
    // Kept presses are made once: a second hydration signal makes none.
    pressAgain(question);
    expect(heard).toEqual(['Hint', 'Check']);
  });

  it('are left to React once it has taken the island over', () => {
    const question = island('<button>Check</button>');
    const heard = hydrate(question);
    question.querySelector('button')!.click();
    pressAgain(question);
    // Only the press itself, not a second one from the replay.
    expect(heard).toEqual(['Check']);
  });

  it('are not made again in a seeded question, whose numbers change as it hydrates', () => {
    const question = island('<p data-variant>P = (0.5, 0.5)</p><button>Check</button>');
    question.querySelector('button')!.click();
    const heard = hydrate(question);
    pressAgain(question);
    expect(heard).toEqual([]);
  });

  it('skip a button the hydrated island no longer has', () => {
    const widget = island('<button>Reset</button>');
    widget.querySelector('button')!.click();
    const heard = hydrate(widget);
    widget.replaceChildren();
    pressAgain(widget);
    expect(heard).toEqual([]);
  });
});
