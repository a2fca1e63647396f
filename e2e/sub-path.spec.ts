import { expect, test } from '@playwright/test';
import { subPath } from '../playwright.config';
import { collectPageErrors } from './support/errors';

// This project serves a build made with BASE_PATH=/sub/path/ from a plain static server.
test('the site works under a sub-path: styles, scripts, links and lessons', async ({ page }) => {
  const errors = collectPageErrors(page);
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });

  await page.goto(subPath);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Entropy, cross-entropy');
  // The stylesheet loaded: the lesson list is laid out as a grid.
  await expect(page.locator('.lesson-list')).toHaveCSS('display', 'grid');

  await page.getByRole('link', { name: /^Entropy:/ }).click();
  await expect(page).toHaveURL(`${subPath}lessons/entropy/`);
  await expect(page.locator('.katex').first()).toBeVisible();

  // Scripts run (the toggle appears and works) and the neighbour links stay under the sub-path.
  const html = page.locator('html');
  const before = await html.getAttribute('data-theme');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(html).toHaveAttribute('data-theme', before === 'dark' ? 'light' : 'dark');
  await page
    .getByRole('navigation', { name: 'Lessons' })
    .getByRole('link', { name: /Next/ })
    .click();
  await expect(page).toHaveURL(`${subPath}lessons/cross-entropy/`);
  await expect(page.getByRole('link', { name: 'Entropic' })).toHaveAttribute('href', subPath);

  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});

test('under a sub-path the service worker is scoped to it, and lessons work offline', async ({
  page,
  context,
}) => {
  await page.goto(`${subPath}lessons/entropy/`);
  // The worker registers at the first interaction.
  await page.keyboard.press('Shift');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe(subPath);
  await context.setOffline(true);
  await page.goto(`${subPath}lessons/kl-divergence/`);
  await expect(page.locator('.katex').first()).toBeVisible();
  await expect(page.getByText('Offline: everything here still works')).toBeVisible();
});

test('the site is installable: a manifest Chromium accepts, icons from the favicon art', async ({
  page,
}) => {
  await page.goto(subPath);
  await page.keyboard.press('Shift');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito, where no site can be installed; nothing else may fail.
  const errors = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
  expect(errors).toEqual([]);
  const manifest = await cdp.send('Page.getAppManifest');
  expect(manifest.url).toBe(`${new URL(page.url()).origin}${subPath}manifest.webmanifest`);
  expect(manifest.errors).toEqual([]);
});

test('under a sub-path, embed.js frames the site’s pages with the base path', async ({ page }) => {
  await page.goto(`${subPath}lessons/entropy/`);
  const origin = new URL(page.url()).origin;
  await page.evaluate((base) => {
    const holder = document.createElement('div');
    holder.dataset.entropicEmbed = '/embed/widgets/pq/?p=0.5,0.5';
    document.body.append(holder);
    const script = document.createElement('script');
    script.src = `${base}embed.js`;
    document.body.append(script);
  }, subPath);
  const frame = page.locator('iframe[title="P and Q bars"]');
  await expect(frame).toHaveAttribute(
    'src',
    `${origin}${subPath}embed/widgets/pq/?p=0.5%2C0.5&parentOrigin=${encodeURIComponent(origin)}`,
  );
});
