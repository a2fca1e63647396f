import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { hydrateAllIslands } from './support/islands';

const lessonTitle = 'Entropy: how uncertain is a distribution?';
const dialog = (page: Page) => page.getByRole('dialog', { name: /^Embed “/ });

async function openLessonDialog(page: Page) {
  await page.goto('/lessons/entropy/');
  await hydrateAllIslands(page);
  const button = page.locator('.lesson-header').getByRole('button', { name: 'Embed' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page)).toBeVisible();
  return button;
}

test('the lesson Embed dialog opens, copies and closes by keyboard', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const button = await openLessonDialog(page);
  await expect(dialog(page)).toHaveAccessibleName(`Embed “${lessonTitle}”`);
  // The page behind the modal dialog is inert: Tab goes round the dialog (and the browser's own
  // controls, where focus leaves the document), never to the page.
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const active = document.activeElement;
      if (!active || active === document.body) return 'browser';
      return active.closest('dialog') ? 'dialog' : active.outerHTML.slice(0, 80);
    });
    expect(['dialog', 'browser']).toContain(where);
  }
  const copy = dialog(page).getByRole('button', { name: 'Copy snippet with the Entropic script' });
  await copy.focus();
  await page.keyboard.press('Enter');
  await expect(dialog(page).getByRole('status').first()).toHaveText('Copied.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `<script src="${baseURL}/embed.js" defer></script>\n` +
      '<div data-entropic-embed="/embed/lessons/entropy/"></div>',
  );
  await page.keyboard.press('Escape');
  await expect(dialog(page)).toBeHidden();
  await expect(button).toBeFocused();
});

test('the preview follows the chosen width, and the guide link works', async ({
  page,
  request,
}) => {
  await openLessonDialog(page);
  const preview = dialog(page).locator(`iframe[title="Preview: ${lessonTitle}"]`);
  await expect(preview).toHaveAttribute('src', /\/embed\/lessons\/entropy\/$/);
  await dialog(page).getByRole('radio', { name: '360 px (a phone)' }).check();
  expect(await preview.evaluate((el) => el.getBoundingClientRect().width)).toBe(360);
  await expect(dialog(page).getByRole('textbox', { name: 'Plain iframe' })).toHaveValue(
    /width="360" height="800"/,
  );
  const guide = dialog(page).getByRole('link', { name: 'guide for instructors' });
  const response = await request.get((await guide.getAttribute('href'))!);
  expect(response.status()).toBe(200);
  expect(await response.text()).toContain('## For instructors');
});

test('where the clipboard is refused, the snippet is selected to copy by hand', async ({
  page,
}) => {
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () =>
      Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await openLessonDialog(page);
  await dialog(page).getByRole('button', { name: 'Copy plain iframe' }).click();
  await expect(dialog(page).getByText('Copying is blocked here')).toBeVisible();
  const field = dialog(page).getByRole('textbox', { name: 'Plain iframe' });
  await expect(field).toBeFocused();
  const selected = await field.evaluate((el: HTMLTextAreaElement) =>
    el.value.slice(el.selectionStart, el.selectionEnd),
  );
  expect(selected).toBe(await field.inputValue());
});

test('a widget’s Embed dialog offers the state the instructor set up', async ({ page }) => {
  await page.goto('/lessons/cross-entropy/');
  await hydrateAllIslands(page);
  const widget = page.locator('.pq-widget').first();
  const slider = widget.getByRole('slider', { name: /^Q\(/ }).first();
  await slider.focus();
  await page.keyboard.press('Home');
  const value = await slider.getAttribute('aria-valuenow');
  await widget.getByRole('button', { name: 'Embed' }).click();
  await expect(dialog(page)).toHaveAccessibleName('Embed “P and Q bars”');
  const snippet = await dialog(page)
    .getByRole('textbox', { name: 'Snippet with the Entropic script' })
    .inputValue();
  const query = new URLSearchParams(
    /embed\/widgets\/pq\/\?([^"]*)"/.exec(snippet)![1]!.replaceAll('&amp;', '&'),
  );
  expect(query.get('q')!.split(',')[0]).toBe(value);
  await expectNoAxeViolations(page);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the open dialog (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await openLessonDialog(page);
    await expectNoAxeViolations(page, colorScheme);
  });
}

test('embedded pages show no Embed button', async ({ page }) => {
  await page.goto('/embed/widgets/pq/');
  await expect(page.locator('[data-hydrated]').first()).toBeAttached();
  await expect(page.getByRole('button', { name: 'Embed' })).toBeHidden();
  await page.goto('/embed/lessons/entropy/');
  await expect(page.getByRole('button', { name: 'Embed' })).toHaveCount(0);
});
