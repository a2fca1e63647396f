import { expect, test, type Page } from '@playwright/test';
import { hydrateAllIslands } from './support/islands';
import { builtRoutes } from './support/routes';

/** Every violation the page reports, collected from before its first script runs. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

/** Uses what the page offers: sliders by key, questions answered until their worked solution
 * shows (KaTeX loads at run time), the explorer's buttons and landscape worker, the theme. */
async function useEverything(page: Page) {
  const sliders = page.getByRole('slider');
  for (let i = 0; i < Math.min(await sliders.count(), 8); i++) {
    await sliders.nth(i).focus();
    await page.keyboard.press('ArrowUp');
  }
  const questions = page.locator('[data-question]:has(input[type="text"])');
  for (let i = 0; i < (await questions.count()); i++) {
    const q = questions.nth(i);
    for (const answer of ['12', '13']) {
      await q.getByRole('textbox', { name: 'Answer' }).fill(answer);
      await q.getByRole('button', { name: 'Check' }).click();
    }
    await q.getByRole('button', { name: 'Show the worked solution' }).click();
    await expect(q.locator('.quiz-solution .katex').first()).toBeVisible();
  }
  for (const name of ['Best Q for reverse KL', 'Descend']) {
    const button = page.getByRole('button', { name }).first();
    if (await button.count()) await button.click();
  }
  const landscape = page.locator('.kl-landscape').first();
  if (await landscape.count()) await expect(landscape).toHaveAttribute('data-ready', 'true');
  const theme = page.getByRole('button', { name: /theme/ });
  if (await theme.count()) await theme.click();
}

for (const route of builtRoutes()) {
  test(`${route} holds a strict policy and raises no violation while used`, async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(route);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    for (const directive of [
      "default-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "worker-src 'self'",
    ]) {
      expect(policy).toContain(directive);
    }
    const scriptSrc = /script-src ([^;]*)/.exec(policy!)![1]!;
    expect(scriptSrc).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')*$/);
    await hydrateAllIslands(page);
    await useEverything(page);
    expect(await violations()).toEqual([]);
  });
}

test('the policy is enforced: an injected inline script neither runs nor goes unreported', async ({
  page,
}) => {
  const violations = await watchViolations(page);
  await page.goto('/lessons/entropy/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__ran = true';
    document.body.append(script);
  });
  await expect.poll(violations).toContainEqual(expect.stringMatching(/^script-src-elem inline/));
  expect(await page.evaluate(() => 'ran' in window || '__ran' in window)).toBe(false);
});
