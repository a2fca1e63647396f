import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { entropy } from '../src/metrics';
import { expectNoAxeViolations } from './support/axe';
import { collectPageErrors } from './support/errors';
import { hydrateAllIslands } from './support/islands';

const lesson = '/lessons/entropy/';
const key = 'entropic:progress';
const progress = (page: Page) => page.getByRole('status', { name: 'Progress' });

/**
 * Waits until stored progress has been read and the page's first write (a new student's seed)
 * is done: data a test plants in storage before that would be overwritten.
 */
async function loaded(page: Page) {
  await hydrateAllIslands(page);
  await expect(page.locator('html')).toHaveAttribute('data-progress-loaded', 'true');
}

/** Solves "entropy of a fair coin and a bent one tossed together" (1 + 0.469 bits). */
async function solveTwoCoins(page: Page) {
  const q = page.locator('[data-question="two-coins"]');
  await q
    .getByRole('textbox', { name: 'Answer' })
    .fill(entropy([0.45, 0.05, 0.45, 0.05], 'bits').toFixed(3));
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(q.getByRole('status')).toHaveAttribute('data-result', 'correct');
}

test('progress is kept across reloads and shown on the lesson list, without hydration errors', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(lesson);
  await loaded(page);
  await expect(progress(page)).toHaveText('0 / 7 solved');
  await solveTwoCoins(page);
  await expect(progress(page)).toHaveText('1 / 7 solved');

  await page.reload();
  await loaded(page);
  await expect(progress(page)).toHaveText('1 / 7 solved');
  await expect(page.locator('[data-question="two-coins"]')).toContainText('Solved');

  await page.goto('/');
  await loaded(page);
  await expect(page.locator('[data-progress="entropy"]')).toHaveText('1 / 7 solved');
  await expect(page.locator('[data-progress="cross-entropy"]')).toHaveText('0 / 8 solved');
  // A small bar pictures the same count.
  const card = page.locator('.lesson-card-progress').first();
  await expect(card.locator('progress')).toHaveJSProperty('value', 1);
  await expect(card.locator('progress')).toHaveJSProperty('max', 7);
  await expect(card).not.toContainText('Complete');
  expect(errors).toEqual([]);
});

test('solving every question says "Lesson complete"', async ({ page }) => {
  await page.goto(lesson);
  await loaded(page);
  // Store the other six as solved, as an earlier visit would have.
  await page.evaluate((storageKey) => {
    const solved = Object.fromEntries(
      [
        'lopsided-forecast',
        'die-in-nats',
        'dyadic-code',
        'confident-model',
        'most-uncertain',
        'max-entropy',
      ].map((id) => [`entropy/${id}`, { at: 1 }]),
    );
    localStorage.setItem(storageKey, JSON.stringify({ state: { seed: 1, solved }, version: 1 }));
  }, key);
  await page.reload();
  await loaded(page);
  await expect(progress(page)).toHaveText('6 / 7 solved');
  await solveTwoCoins(page);
  await expect(progress(page)).toHaveText('7 / 7 solved');
  // Said beside the question just solved, where the student is, with the way on.
  const note = page.locator('[data-question="two-coins"] .quiz-lesson-complete');
  await expect(note).toBeInViewport();
  await expect(note).toContainText('Lesson complete');
  await expect(note.getByRole('link')).toHaveAttribute('href', '/lessons/cross-entropy/');
  // The header's live region says it too, for screen readers.
  await expect(page.locator('.lesson-complete')).toHaveText(/^Lesson complete/);
  // The lesson list marks the lesson complete.
  await page.goto('/');
  await loaded(page);
  await expect(page.locator('.lesson-card-progress').first()).toContainText('✓ Complete');
});

test('corrupt stored progress: the page starts fresh, says so, and saves good data again', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(lesson);
  await loaded(page);
  await page.evaluate((storageKey) => localStorage.setItem(storageKey, '{"state": [1, 2'), key);
  await page.reload();
  await loaded(page);
  await expect(page.getByText('could not be read, so it starts fresh')).toBeVisible();
  await expect(progress(page)).toHaveText('0 / 7 solved');
  await solveTwoCoins(page);
  const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), key)) ?? 'null');
  expect(stored.version).toBe(1);
  expect(Object.keys(stored.state.solved)).toEqual(['entropy/two-coins']);
  expect(errors).toEqual([]);
});

test('foreign data under our key is not trusted either', async ({ page }) => {
  await page.goto(lesson);
  await loaded(page);
  await page.evaluate(
    (k) =>
      localStorage.setItem(
        k,
        JSON.stringify({ state: { solved: { 'entropy/two-coins': true } }, version: 1 }),
      ),
    key,
  );
  await page.reload();
  await loaded(page);
  await expect(page.getByText('could not be read')).toBeVisible();
  await expect(progress(page)).toHaveText('0 / 7 solved');
});

test('storage blocked: progress works in memory and the page says it will not be saved', async ({
  browser,
}) => {
  const context = await browser.newContext();
  // What browsers do when site data is blocked: touching localStorage throws.
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(lesson);
  await loaded(page);
  await expect(page.getByText('not letting the site save data')).toBeVisible();
  await solveTwoCoins(page);
  await expect(progress(page)).toHaveText('1 / 7 solved');
  expect(errors).toEqual([]);
  await context.close();
});

test('storage full: the page says progress will not be saved, and keeps it in memory', async ({
  browser,
}) => {
  const context = await browser.newContext();
  // A full quota: reading works, every write throws.
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const page = await context.newPage();
  await page.goto(lesson);
  await loaded(page);
  await expect(page.getByText('not letting the site save data')).toBeVisible();
  await solveTwoCoins(page);
  await expect(progress(page)).toHaveText('1 / 7 solved');
  await context.close();
});

test('progress made in one tab shows up in another', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto(lesson);
  await second.goto('/');
  await loaded(first);
  await loaded(second);
  // The student goes back to the first tab: the one opened last is in front, and a tab behind
  // it may draw no frames, so a click there waits for a stable element that never settles.
  await first.bringToFront();
  await solveTwoCoins(first);
  await expect(second.locator('[data-progress="entropy"]')).toHaveText('1 / 7 solved');
});

test('reset one lesson asks first', async ({ page }) => {
  await page.goto(lesson);
  await loaded(page);
  await solveTwoCoins(page);
  await page.getByRole('button', { name: 'Reset this lesson' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress(page)).toHaveText('1 / 7 solved');
  await page.getByRole('button', { name: 'Reset this lesson' }).click();
  await expect(page.getByText('Forget the 1 solved question of this lesson?')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  await expect(progress(page)).toHaveText('0 / 7 solved');
});

test('export, reset all, import: nothing solved is lost', async ({ page }) => {
  await page.goto(lesson);
  await loaded(page);
  await solveTwoCoins(page);

  await page.goto('/');
  await loaded(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('entropic-progress.json');
  const file = await readFile((await download.path())!, 'utf8');
  expect(JSON.parse(file)).toMatchObject({
    format: 'entropic-progress',
    version: 1,
    progress: { solved: { 'entropy/two-coins': {} } },
  });

  await page.getByRole('button', { name: 'Reset all progress' }).click();
  // One solved question: the confirmation speaks of one, not "all 1 ... questions".
  await expect(page.getByText('Forget the one solved question?')).toBeVisible();
  await page.getByRole('button', { name: 'Yes, reset all' }).click();
  await expect(page.locator('[data-progress="entropy"]')).toHaveText('0 / 7 solved');

  const input = page.getByLabel('Import progress');
  await input.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{}'),
  });
  await expect(page.getByText('not Entropic progress')).toBeVisible();
  await input.setInputFiles({
    name: 'entropic-progress.json',
    mimeType: 'application/json',
    buffer: Buffer.from(file),
  });
  await expect(page.getByText('Imported: 1 newly solved question')).toBeVisible();
  await expect(page.locator('[data-progress="entropy"]')).toHaveText('1 / 7 solved');
});

test('the max-entropy challenge is solved with keys on the widget', async ({ page }) => {
  await page.goto(lesson);
  await loaded(page);
  // P = (0.7, 0.1, 0.1, 0.1): Home sets P(A) to 0; the other three share the rest evenly.
  // Then P(A) up to 0.25 makes P uniform: H = log2 4 = 2 bits.
  const a = page.getByRole('slider', { name: 'P(A)', exact: true });
  await a.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowUp');
  await expect(a).toHaveAttribute('aria-valuenow', '0.25');
  const status = page.locator('[data-question="max-entropy"]').getByRole('status');
  await expect(status).toHaveAttribute('data-result', 'correct');
  await expect(status).toContainText('H(P) = 2.000 bits');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the lesson list with progress and notices (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await loaded(page);
    await page.evaluate((k) => localStorage.setItem(k, 'not json'), key);
    await page.reload();
    await loaded(page);
    await expect(page.getByText('could not be read')).toBeVisible();
    await page.getByRole('button', { name: 'Export progress' }).focus();
    await expectNoAxeViolations(page, colorScheme);
    await page.goto(lesson);
    await loaded(page);
    await solveTwoCoins(page);
    await page.getByRole('button', { name: 'Reset this lesson' }).click();
    await expectNoAxeViolations(page, colorScheme);
  });
}
