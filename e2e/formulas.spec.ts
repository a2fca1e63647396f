import { expect, test } from '@playwright/test';
import { collectPageErrors } from './support/errors';

test('every formula is typeset with MathML and links to a section that exists', async ({
  page,
  request,
}) => {
  const errors = collectPageErrors(page);
  await page.goto('/formulas/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Formula sheet');
  const entries = page.locator('.sheet-entry');
  expect(await entries.count()).toBeGreaterThanOrEqual(14);
  // Screen readers get the MathML KaTeX writes beside its HTML.
  expect(await page.locator('.sheet-entry math').count()).toBe(await entries.count());
  await expect(page.locator('.sheet-entry').filter({ hasText: 'Units' })).toContainText('1.4427');

  const links = await page
    .locator('.sheet-link a')
    .evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  for (const href of new Set(links)) {
    const url = new URL(href);
    const html = await (await request.get(url.pathname)).text();
    expect(html, href).toContain(`id="${url.hash.slice(1)}"`);
  }
  expect(errors).toEqual([]);
});

test('the sheet prints on at most two pages', async ({ page }) => {
  await page.goto('/formulas/');
  await page.emulateMedia({ media: 'print' });
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  const pages = pdf.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});

test('the site header links to the sheet', async ({ page }) => {
  await page.goto('/lessons/entropy/');
  await page
    .getByRole('navigation', { name: 'Site' })
    .getByRole('link', { name: 'Formulas' })
    .click();
  await expect(page).toHaveURL(/\/formulas\/$/);
});
