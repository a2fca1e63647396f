import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { hydrateAllIslands } from './support/islands';

const embed = '/embed/widgets/pq/';
const output = (page: Page, metric: string) => page.locator(`output[data-metric="${metric}"]`);
const slider = (page: Page, name: string) => page.getByRole('slider', { name, exact: true });

async function expectReadout(page: Page, entropy: string, crossEntropy: string, kl: string) {
  await expect(output(page, 'entropy')).toHaveText(entropy);
  await expect(output(page, 'crossEntropy')).toHaveText(crossEntropy);
  await expect(output(page, 'klDivergence')).toHaveText(kl);
}

test('keys set P = (0.5, 0.5) and Q = (0.9, 0.1): 1.000, 1.737 and 0.737 bits', async ({
  page,
}) => {
  await page.goto(`${embed}?p=0.2,0.8&q=0.5,0.5`);
  await slider(page, 'P(heads)').focus();
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(slider(page, 'P(heads)')).toHaveAttribute('aria-valuetext', '0.5');
  await expect(slider(page, 'P(tails)')).toHaveAttribute('aria-valuenow', '0.5');

  await slider(page, 'Q(heads)').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowUp');
  await expect(slider(page, 'Q(heads)')).toHaveAttribute('aria-valuenow', '0.9');
  await expect(slider(page, 'Q(tails)')).toHaveAttribute('aria-valuetext', '0.1');

  await expectReadout(page, '1.000 bits', '1.737 bits', '0.737 bits');
  await expect(output(page, 'crossEntropy')).toHaveAttribute('data-value', /^1\.73696559416620/);
  // The readout is announced once the key is released.
  await expect(page.locator('[aria-live="polite"]')).toHaveText(
    'H(P) 1.000 bits, H(P,Q) 1.737 bits, D(P‖Q) 0.737 bits',
  );
});

test('small steps, Home and End move a bar as the slider pattern says', async ({ page }) => {
  await page.goto(`${embed}?p=0.5,0.5&q=0.5,0.5`);
  const q = slider(page, 'Q(heads)');
  await q.focus();
  await page.keyboard.press('ArrowUp');
  await expect(q).toHaveAttribute('aria-valuenow', '0.51');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(q).toHaveAttribute('aria-valuenow', '0.49');
  await page.keyboard.press('End');
  await expect(q).toHaveAttribute('aria-valuenow', '1');
  await expect(slider(page, 'Q(tails)')).toHaveAttribute('aria-valuenow', '0');
  await page.keyboard.press('Home');
  await expect(q).toHaveAttribute('aria-valuenow', '0');
  await expect(slider(page, 'Q(tails)')).toHaveAttribute('aria-valuenow', '1');
});

test('dragging a bar with the mouse moves it and the others keep the sum at 1', async ({
  page,
}) => {
  await page.goto(`${embed}?p=0.2,0.3,0.5&q=0.2,0.3,0.5`);
  // A drag before the widget has hydrated moves nothing.
  await hydrateAllIslands(page);
  const bar = slider(page, 'Q(outcome 1)');
  const box = (await bar.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.8);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.3, { steps: 10 });
  await page.mouse.up();
  const qValues = () =>
    page
      .getByRole('slider', { name: /^Q\(/ })
      .evaluateAll((els) => els.map((el) => Number(el.getAttribute('aria-valuenow'))));
  // The drag lands in the widget's next frame.
  await expect.poll(async () => (await qValues())[0]).toBeGreaterThan(0.5);
  const values = await qValues();
  // The other two keep their 3 : 5 ratio.
  expect(values[1]! / values[2]!).toBeCloseTo(0.6, 3);
  expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
});

test('lock P, swap, and switch units', async ({ page }) => {
  await page.goto(`${embed}?p=0.5,0.5&q=0.9,0.1`);
  await page.getByRole('checkbox', { name: 'Lock P' }).check();
  const p = slider(page, 'P(heads)');
  await expect(p).toHaveAttribute('aria-disabled', 'true');
  await p.focus();
  await page.keyboard.press('ArrowUp');
  await expect(p).toHaveAttribute('aria-valuenow', '0.5');

  await page.getByRole('radio', { name: 'nats' }).check();
  await expectReadout(page, '0.693 nats', '1.204 nats', '0.511 nats');

  await page.getByRole('button', { name: 'Swap P and Q' }).click();
  await expect(slider(page, 'P(heads)')).toHaveAttribute('aria-valuenow', '0.9');
  await expect(slider(page, 'Q(heads)')).toHaveAttribute('aria-valuenow', '0.5');
  // D(Q0||P0) for P = (0.9, 0.1), Q = (0.5, 0.5): 0.368 nats.
  await expect(output(page, 'klDivergence')).toHaveText('0.368 nats');
});

test('a Q bar at 0 where P is not makes the KL infinite; smoothing Q brings it back', async ({
  page,
}) => {
  await page.goto(`${embed}?p=0.5,0.5&q=0.9,0.1`);
  await slider(page, 'Q(tails)').focus();
  await page.keyboard.press('Home');
  await expect(output(page, 'klDivergence')).toHaveText('∞ bits');
  await expect(output(page, 'klDivergence')).toHaveAttribute('data-value', 'Infinity');
  await expect(output(page, 'crossEntropy')).toHaveText('∞ bits');
  await expect(
    page.getByText(/Q gives probability 0 to “tails”, which P says can happen/),
  ).toBeVisible();
  await expect(slider(page, 'Q(tails)')).toHaveAttribute(
    'aria-valuetext',
    /impossible under the model/,
  );

  const smoothing = page.getByRole('slider', { name: 'Smooth Q ε' });
  await smoothing.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  // Q becomes 0.9 (1, 0) + 0.1 (0.5, 0.5) = (0.95, 0.05): H(P,Q) = 2.198 bits.
  await expect(output(page, 'crossEntropy')).toHaveText('2.198 bits');
  await expect(output(page, 'klDivergence')).toHaveText('1.198 bits');
  await expect(page.getByText(/Q gives probability 0/)).toHaveCount(0);
});

test('outcomes can be added and removed, and presets apply', async ({ page }) => {
  await page.goto(embed);
  await page.getByRole('button', { name: 'Add outcome' }).click();
  await expect(page.getByRole('slider', { name: /^P\(/ })).toHaveCount(3);
  await expect(slider(page, 'P(outcome 3)')).toHaveAttribute('aria-valuetext', '0.33');
  await page.getByRole('button', { name: 'Remove outcome' }).click();
  await expect(page.getByRole('slider', { name: /^P\(/ })).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Remove outcome' })).toBeDisabled();

  await page.getByRole('button', { name: 'One-hot label vs prediction' }).click();
  await page.getByRole('radio', { name: 'nats' }).check();
  // One-hot truth, prediction (0.7, 0.2, 0.1): H(P,Q) = -ln 0.7.
  await expect(output(page, 'crossEntropy')).toHaveText('0.357 nats');
  await expect(output(page, 'entropy')).toHaveText('0.000 nats');
});

test('hovering or focusing a bar highlights its row of terms', async ({ page }) => {
  await page.goto(`${embed}?p=0.5,0.5&q=0.9,0.1`);
  await slider(page, 'Q(tails)').focus();
  const row = page.getByRole('row', { name: /^tails/ });
  await expect(row).toHaveClass(/is-highlighted/);
  await expect(row.getByRole('cell')).toHaveText(['0.5', '0.1', /1\.661$/, '1.161']);
});

test('a live formula on the lesson page follows the widget', async ({ page }) => {
  await page.goto('/lessons/cross-entropy/');
  await hydrateAllIslands(page);
  const formula = page.locator('.live-formula');
  await expect(formula).toHaveAttribute(
    'aria-label',
    'H(P,Q) = −0.5 log₂ 0.9 − 0.5 log₂ 0.1 = 1.737 bits',
  );
  await expect(formula.locator('.katex')).toBeVisible();
  await slider(page, 'Q(e)').focus();
  await page.keyboard.press('Shift+ArrowDown');
  await expect(formula).toHaveAttribute(
    'aria-label',
    'H(P,Q) = −0.5 log₂ 0.8 − 0.5 log₂ 0.2 = 1.322 bits',
  );
});

test('"Copy link" copies a URL that reproduces the state', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${embed}?p=0.5,0.5&q=0.9,0.1`);
  await page.getByRole('radio', { name: 'nats' }).check();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).search).toBe('?p=0.5%2C0.5&q=0.9%2C0.1&labels=heads%2Ctails&unit=nats');
  await page.goto(link);
  await expect(output(page, 'crossEntropy')).toHaveText('1.204 nats');
});

test('axe finds nothing on the widget, also with a flagged bar and the labels open', async ({
  page,
}) => {
  await page.goto(`${embed}?p=0.5,0.5&q=1,0`);
  await page.getByText('Edit labels').click();
  await expectNoAxeViolations(page);
});

test.describe('P alone (showQ=0), as lesson 1 uses it', () => {
  test('shows P and its entropy only; presets, keys and the surprise table follow', async ({
    page,
  }) => {
    await page.goto(`${embed}?p=0.5,0.5&showQ=0`);
    await expect(page.getByRole('slider')).toHaveCount(2);
    await expect(slider(page, 'Q(heads)')).toHaveCount(0);
    await expect(page.locator('output[data-metric]')).toHaveCount(1);
    await expect(output(page, 'entropy')).toHaveText('1.000 bits');
    await expect(page.getByRole('button', { name: /Swap/ })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: 'Lock P' })).toHaveCount(0);

    // The coin (0.99, 0.01): 0.081 bits; a 1% outcome surprises by log2 100 = 6.644 bits.
    await page.getByRole('button', { name: 'Coin (0.99, 0.01)' }).click();
    await expect(output(page, 'entropy')).toHaveText('0.081 bits');
    const table = page.getByRole('group', { name: 'Terms per outcome' });
    await expect(table.getByRole('columnheader', { name: 'surprise −log p' })).toBeVisible();
    await expect(table.getByRole('row', { name: /^tails/ })).toContainText('6.644');

    await page.getByRole('button', { name: 'Uniform over 8' }).click();
    await expect(output(page, 'entropy')).toHaveText('3.000 bits');

    // A certain outcome: End on one bar leaves nothing to learn.
    await slider(page, 'P(1)').focus();
    await page.keyboard.press('End');
    await expect(output(page, 'entropy')).toHaveText('0.000 bits');
    await expect(page.locator('[aria-live="polite"]')).toHaveText('H(P) 0.000 bits');
  });

  test('the lesson on entropy has P alone, and axe finds nothing there', async ({ page }) => {
    await page.goto('/lessons/entropy/');
    await expect(slider(page, 'P(heads)')).toBeVisible();
    await expect(page.getByRole('slider', { name: /^Q\(/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });
});
