import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './support/errors';
import { hydrateAllIslands } from './support/islands';

const widget = (page: Page, name: string) =>
  page.locator(`.playground-widget[data-widget="${name}"]`);
const search = (page: Page) => new URL(page.url()).searchParams;

test('the playground shows the P/Q widget by default, with every control, Copy link and Embed', async ({
  page,
}) => {
  await page.goto('/playground/');
  await hydrateAllIslands(page);
  const pq = widget(page, 'pq');
  await expect(pq.getByRole('heading', { name: 'P and Q bars' })).toBeVisible();
  for (const control of ['Swap P and Q', 'Add outcome', 'Copy link', 'Embed']) {
    await expect(pq.getByRole('button', { name: control })).toBeVisible();
  }
  await pq.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('/embed/widgets/pq/');
});

test('its link round-trips the widgets shown, the layout and each widget’s state', async ({
  page,
  context,
}) => {
  const errors = collectPageErrors(page);
  await page.goto('/playground/');
  await hydrateAllIslands(page);
  // Tick a second widget, put them side by side, change both.
  await page.getByRole('checkbox', { name: 'Per-token loss and perplexity' }).check();
  await page.getByRole('radio', { name: 'Side by side' }).check();
  await expect(widget(page, 'perplexity')).toBeVisible();
  const pBar = widget(page, 'pq').getByRole('slider', { name: 'P(heads)' });
  await pBar.focus();
  await pBar.press('ArrowUp');
  await pBar.press('ArrowUp');
  const tokenBar = widget(page, 'perplexity').getByRole('slider').first();
  await tokenBar.focus();
  await tokenBar.press('ArrowDown');
  await expect.poll(() => search(page).get('perplexity')).toBeTruthy();
  await expect.poll(() => search(page).get('pq')).toBeTruthy();
  expect(search(page).get('show')).toBe('pq,perplexity');
  expect(search(page).get('layout')).toBe('side');
  const shown = {
    p: await pBar.getAttribute('aria-valuenow'),
    token: await tokenBar.getAttribute('aria-valuenow'),
  };
  // The same link in a fresh page (as a colleague would open it) shows the same setup.
  const link = page.url();
  const other = await context.newPage();
  await other.goto(link);
  await hydrateAllIslands(other);
  await expect(
    other.getByRole('checkbox', { name: 'Per-token loss and perplexity' }),
  ).toBeChecked();
  await expect(other.getByRole('radio', { name: 'Side by side' })).toBeChecked();
  await expect(widget(other, 'pq').getByRole('slider', { name: 'P(heads)' })).toHaveAttribute(
    'aria-valuenow',
    shown.p!,
  );
  await expect(widget(other, 'perplexity').getByRole('slider').first()).toHaveAttribute(
    'aria-valuenow',
    shown.token!,
  );
  expect(errors).toEqual([]);
});

test('every widget of the registry can be shown, each from its own code', async ({ page }) => {
  await page.goto('/playground/');
  await hydrateAllIslands(page);
  const boxes = page.getByRole('group', { name: 'Widgets' }).getByRole('checkbox');
  for (const box of await boxes.all()) await box.check();
  const count = await boxes.count();
  await expect(page.locator('.playground-widget')).toHaveCount(count);
  for (const section of await page.locator('.playground-widget').all()) {
    await expect(section.getByRole('button', { name: 'Embed' })).toBeVisible();
  }
});

test('a hostile playground URL: a calm notice, the defaults, no error', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/playground/?show=pq,<script>&layout=sideways&pq=p%3Dnope');
  await hydrateAllIslands(page);
  const notices = page.getByRole('list', { name: 'Ignored settings' });
  await expect(notices.first()).toContainText('Ignored show=');
  await expect(notices.first()).toContainText('Ignored layout="sideways"');
  // The P/Q widget's own parser says what it ignored from its state.
  await expect(widget(page, 'pq').getByRole('list', { name: 'Ignored settings' })).toContainText(
    'Ignored p=',
  );
  expect(errors).toEqual([]);
});
