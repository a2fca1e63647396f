import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './support/errors';
import { hydrateAllIslands } from './support/islands';

const lesson2 = '/lessons/cross-entropy/';
const continueLine = (page: Page) => page.locator('.hero .continue');

/** Waits until the home page's islands have read stored progress. */
async function progressRead(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('data-progress-loaded', 'true');
}

/** Answers a single-answer choice question right, trying its options in turn; returns its id. */
async function solveAChoice(page: Page): Promise<string> {
  const question = page
    .locator('[data-question]')
    .filter({ has: page.getByRole('radio') })
    .first();
  const feedback = question.locator('.quiz-feedback');
  const options = question.getByRole('radio');
  for (let i = 0; i < (await options.count()); i++) {
    await options.nth(i).check();
    await question.getByRole('button', { name: 'Check' }).click();
    await expect(feedback).toHaveAttribute('data-result', /correct|incorrect/);
    if ((await feedback.getAttribute('data-result')) === 'correct') break;
  }
  await expect(feedback).toHaveAttribute('data-result', 'correct');
  return (await question.getAttribute('data-question'))!;
}

test('a first visit offers lesson 1', async ({ page }) => {
  await page.goto('/');
  await progressRead(page);
  await expect(continueLine(page)).toHaveText(/^Start with lesson 1: Entropy/);
  await continueLine(page).getByRole('link').click();
  await expect(page).toHaveURL('/lessons/entropy/');
});

test('"Continue" leads to the first unsolved question of lesson 2 after answering one there', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(lesson2);
  await hydrateAllIslands(page);
  await progressRead(page);
  const ids = await page
    .locator('[data-question]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-question')!));
  const solved = await solveAChoice(page);
  const firstOpen = ids.find((id) => id !== solved)!;

  await page.goto('/');
  await progressRead(page);
  await expect(continueLine(page)).toContainText('Continue where you left off: Cross-entropy');
  await continueLine(page).getByRole('link').click();
  await expect(page).toHaveURL(`${lesson2}#question-${firstOpen}`);
  await expect(page.locator(`#question-${firstOpen}`)).toBeInViewport();
  expect(errors).toEqual([]);
});

test('a lesson opened but not started is offered from its top', async ({ page }) => {
  await page.goto('/lessons/kl-divergence/');
  await progressRead(page);
  await page.goto('/');
  await progressRead(page);
  await expect(continueLine(page).getByRole('link')).toHaveAttribute(
    'href',
    '/lessons/kl-divergence/',
  );
});

for (const [what, stored] of [
  ['corrupt', '{"slug":'],
  ['a lesson that does not exist', '{"slug":"no-such-lesson"}'],
  ['foreign', '{"slug":"../../elsewhere"}'],
] as const) {
  test(`${what} "last lesson" storage: no Continue, no crash`, async ({ page }) => {
    const errors = collectPageErrors(page);
    await page.addInitScript((value) => {
      localStorage.setItem('entropic:last-lesson', value);
    }, stored);
    await page.goto('/');
    await progressRead(page);
    await expect(continueLine(page)).toHaveText(/^Start with lesson 1/);
    expect(errors).toEqual([]);
  });
}

test('storage blocked: the home page offers lesson 1 and works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await expect(continueLine(page)).toHaveText(/^Start with lesson 1/);
  await hydrateAllIslands(page);
  await expect(page.getByRole('slider').first()).toBeVisible();
});

test('the home widget loads nothing before the first move, then drags by keyboard', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(r.url())));
  await page.goto('/', { waitUntil: 'networkidle' });
  const widget = page.locator('entropic-island[data-island="PQBars"]');
  await expect(widget).not.toHaveAttribute('data-hydrated');
  const before = scripts.length;
  // A key on the bar is the first interaction: the widget hydrates and the next key moves it.
  const bar = page.getByRole('slider', { name: 'P(A)' });
  await bar.focus();
  await expect(widget).toHaveAttribute('data-hydrated', '');
  expect(scripts.length).toBeGreaterThan(before);
  const entropy = page.locator('output[data-metric="entropy"]');
  const start = Number(await entropy.getAttribute('data-value'));
  await bar.press('ArrowDown');
  await expect(entropy).not.toHaveAttribute('data-value', String(start));
});
