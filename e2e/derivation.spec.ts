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

test('the figures of lessons 1 and 2 are drawn at build: there with no script, numbers computed', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lessons/entropy/');
  // The code tree for (0.5, 0.25, 0.25): lengths 1, 2, 2, average 1.5 bits = H.
  const tree = page.getByRole('img', { name: /^A code tree/ });
  await expect(tree).toBeVisible();
  await expect(tree).toHaveAccessibleName(/face 1: codeword 0, 1 bit; face 2: codeword 10, 2 bits/);
  await expect(page.locator('.code-tree figcaption')).toContainText('= 1.500 bits per outcome');
  await expect(page.locator('.code-tree figcaption')).toContainText('the entropy is 1.500 bits');
  // The binary entropy curve, p = 0.9 marked: H = 0.469 bits.
  await expect(page.getByRole('img', { name: /entropy of \(p, 1 − p\)/ })).toBeVisible();
  await expect(page.getByText('At p = 0.9, H = 0.469 bits')).toBeVisible();

  await page.goto('/lessons/cross-entropy/');
  // The friend's code: −log2 0.9 = 0.152 and −log2 0.1 = 3.322 bits, averaging 1.737 under P.
  const bars = page.getByRole('img', { name: /^Codeword lengths/ });
  await expect(bars).toBeVisible();
  await expect(bars).toHaveAccessibleName(/e: weight 0\.5, codeword 0\.152 bits long/);
  await expect(bars).toHaveAccessibleName(/t: weight 0\.5, codeword 3\.322 bits long/);
  await expect(bars).toHaveAccessibleName(/Average under P: 1\.737 bits/);
  // −ln q at 0.9, 0.4, 0.1, 0.01.
  const table = page.getByRole('table', { name: /loss for a few probabilities/ });
  await expect(table.getByRole('row')).toHaveText([
    /q\(true class\)/,
    /0\.9\s*0\.105 nats/,
    /0\.4\s*0\.916 nats/,
    /0\.1\s*2\.303 nats/,
    /0\.01\s*4\.605 nats/,
  ]);
  // H(P) + D = H(P,Q): 1 + 0.737 = 1.737 bits.
  await expect(page.locator('.nested-bars figcaption')).toContainText(
    'H(P,Q) = 1.737 bits = H(P) = 1.000 bits + D(P‖Q) = 0.737 bits',
  );
  await context.close();
});
