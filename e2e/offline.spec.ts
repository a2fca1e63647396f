import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { klDivergence } from '../src/metrics';
import { siteDir } from '../playwright.config';
import { buildServiceWorker } from '../scripts/service-worker.mjs';
import { expectNoAxeViolations } from './support/axe';
import { collectPageErrors } from './support/errors';
import { hydrateAllIslands } from './support/islands';
import { serveStatic } from './support/static-server';

/**
 * Interacts (the worker registers at the first key, scroll or touch), then waits until the
 * service worker is active, that is, until it has precached the site.
 */
async function offlineReady(page: Page) {
  await page.keyboard.press('Shift');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

test('after one visit, the visited lesson and lessons never opened work offline', async ({
  page,
  context,
}) => {
  const errors = collectPageErrors(page);
  await page.goto('/lessons/entropy/');
  await offlineReady(page);
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Entropy');
  const note = page.getByText('Offline: everything here still works');
  await expect(note).toBeVisible();

  // Never visited: its widget follows keys, its quiz grades.
  await page.goto('/lessons/kl-divergence/');
  await hydrateAllIslands(page);
  const q = page.getByRole('slider', { name: 'Q(heads)', exact: true });
  const kl = page.locator('output[data-metric="klDivergence"]').first();
  const before = await kl.textContent();
  await q.focus();
  await page.keyboard.press('ArrowUp');
  await expect(kl).not.toHaveText(before!);
  const question = page.locator('[data-question="from-the-gap"]');
  await question
    .getByRole('textbox', { name: 'Answer' })
    .fill(klDivergence([0.7, 0.2, 0.1], [0.5, 0.3, 0.2], 'bits').toFixed(3));
  await question.getByRole('button', { name: 'Check' }).click();
  await expect(question.getByRole('status')).toHaveAttribute('data-result', 'correct');
  // The worked solution needs KaTeX's runtime and fonts, cached too.
  await expect(question.locator('.quiz-solution .katex').first()).toBeVisible();

  // Never visited either: the explorer's landscape worker starts and finishes offline.
  await page.goto('/lessons/forward-reverse-kl/');
  await hydrateAllIslands(page);
  await expect(page.locator('.kl-landscape').first()).toHaveAttribute('data-ready', 'true');
  await page.goto('/embed/widgets/pq/?p=0.5,0.5&q=0.9,0.1');
  await expect(page.locator('output[data-metric="crossEntropy"]')).toHaveText('1.737 bits');
  expect(errors).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the offline note (${colorScheme})`, async ({ page, context }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('/');
    await offlineReady(page);
    await context.setOffline(true);
    await expect(page.getByText('Offline: everything here still works')).toBeVisible();
    await expectNoAxeViolations(page, colorScheme);
  });
}

test('a new deploy is offered with a one-click reload, then served whole', async ({ browser }) => {
  // A site of its own, so this test can deploy a second version over it.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entropic-deploy-'));
  fs.cpSync(siteDir, dir, { recursive: true });
  const site = await serveStatic(dir);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${site.url}/`);
    await offlineReady(page);

    // The second deploy: the home page says something new, and its service worker differs.
    const home = path.join(dir, 'index.html');
    const html = fs.readFileSync(home, 'utf8');
    const second = html.replace('<h1>', '<h1>Second deploy. ');
    expect(second, 'the home page has the heading this deploy changes').not.toBe(html);
    fs.writeFileSync(home, second);
    await buildServiceWorker(dir, '/');

    // The next visit finds it; the page stays whole on the old version until the student
    // accepts, then shows the new one.
    await page.reload();
    // The page looks for updates at the student's first interaction.
    await page.keyboard.press('Shift');
    await expect(page.getByText('Second deploy')).toHaveCount(0);
    await page.getByRole('button', { name: 'Reload to update' }).click();
    await expect(page.getByText('Second deploy')).toBeVisible();
  } finally {
    await context.close();
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
