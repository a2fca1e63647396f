import { expect, test } from '@playwright/test';

test('the proof of D ≥ 0 reveals one step at a time from the keyboard, with no script', async ({
  browser,
}) => {
  // Native disclosures: the steps work even where scripts never run.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lessons/kl-divergence/');
  const proof = page.getByRole('region', { name: 'Why D(P‖Q) is never negative' });
  await expect(proof.getByRole('img', { name: /ln t lies below the line t − 1/ })).toBeVisible();
  const steps = proof.locator('.derivation-step');
  await expect(steps).toHaveCount(5);
  await expect(steps.nth(0)).toBeVisible();
  await expect(steps.nth(1)).toBeHidden();

  await proof.getByText('Next step (2 of 5)').focus();
  await page.keyboard.press('Enter');
  await expect(steps.nth(1)).toBeVisible();
  await expect(steps.nth(1)).toContainText('Apply');
  await expect(steps.nth(2)).toBeHidden();
  await proof.getByText('Next step (3 of 5)').focus();
  await page.keyboard.press('Space');
  await expect(steps.nth(2)).toBeVisible();
  await context.close();
});
