import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './support/errors';
import { hydrateAllIslands } from './support/islands';

const lesson = '/lessons/mutual-information/';
const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);
const feedback = (page: Page, id: string) => question(page, id).getByRole('status');

test.beforeEach(async ({ page }) => {
  await page.goto(lesson);
  await hydrateAllIslands(page);
  await expect(page.locator('html')).toHaveAttribute('data-progress-loaded', 'true');
});

test('the worked examples show the numbers of the brief, computed at build', async ({ page }) => {
  // I(X;Y) of rain and umbrellas, the split's gain, and the gain again in the computation lens:
  // all 0.1245 bits (mpmath: 0.124511...); H(parent) = 0.971 bits; the gain is 0.0863 nats.
  await expect(page.locator('.metric', { hasText: '0.1245 bits' })).toHaveCount(3);
  await expect(page.locator('.metric', { hasText: '0.0863 nats' })).toHaveCount(1);
  await expect(page.locator('.metric', { hasText: '0.971 bits' }).first()).toBeVisible();
  await expect(
    page.locator('figure.split-widget output[data-metric="informationGain"]'),
  ).toHaveText('0.125 bits');
});

test('challenges: independence by hand, not by the button; the best split by keys', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const independent = question(page, 'make-independent');
  const table = page.locator('figure.joint-widget');
  await table.getByRole('button', { name: 'Make independent' }).click();
  await expect(feedback(page, 'make-independent')).toContainText('with your own moves');
  // All the mass in one cell: both variables are constant, hence independent (I = 0).
  await table.getByRole('slider', { name: 'P(rain, umbrella)' }).press('End');
  await expect(independent).toContainText('Solved');

  const best = question(page, 'best-split');
  const split = page.locator('figure.split-widget');
  await split.getByRole('button', { name: 'Best split' }).click();
  await expect(feedback(page, 'best-split')).toContainText('with your own moves');
  await split.getByRole('slider', { name: 'Threshold' }).press('Home');
  await expect(best).not.toContainText('Solved');
  await split.getByRole('slider', { name: 'Threshold' }).focus();
  for (let i = 0; i < 7; i++) await page.keyboard.press('PageUp');
  await expect(best).toContainText('Solved');
  await expect(page.getByRole('status', { name: 'Progress' })).toHaveText('2 / 8 solved');
  expect(errors).toEqual([]);
});

test('numeric questions on mutual information, a split and JS are keyed from src/metrics', async ({
  page,
}) => {
  const answer = async (id: string, text: string) => {
    await question(page, id).getByRole('textbox', { name: 'Answer' }).fill(text);
    await question(page, id).getByRole('button', { name: 'Check' }).click();
  };
  // mpmath: I = 0.27807 bits for [[0.4, 0.1], [0.1, 0.4]].
  await answer('channel-mi', '0.278');
  await expect(feedback(page, 'channel-mi')).toHaveText('Correct: I(X;Y) = 0.278 bits.');
  // mpmath: 0.97095 - 0.6 H(5/6) - 0.4 H(1/4) = 0.25643 bits; in nats 0.17774 (a slip).
  await answer('split-gain', '0.178');
  await expect(feedback(page, 'split-gain')).toContainText('natural log');
  await answer('split-gain', '0.256');
  await expect(feedback(page, 'split-gain')).toHaveAttribute('data-result', 'correct');
  await expect(question(page, 'split-gain')).toContainText('0.97095');
  await expect(question(page, 'js-coins')).toContainText('P = (0.5, 0.5), Q = (0.8, 0.2)');
});
