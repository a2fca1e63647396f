import { expect, test, type Page } from '@playwright/test';
import { hydrateAllIslands } from './support/islands';

// Reference values: mpmath 1.3 at 40 digits, mean of -ln q and its exponential.
const example = '/embed/widgets/perplexity/?tokens=the,cat,sat&q=0.5,0.25,0.8&unit=nats';
const output = (page: Page, metric: string) => page.locator(`output[data-metric="${metric}"]`);
const slider = (page: Page, name: string) => page.getByRole('slider', { name, exact: true });

test('the issue’s example: mean loss 0.768 nats, perplexity ∛10 = 2.154, “cat” costs most', async ({
  page,
}) => {
  await page.goto(example);
  await expect(output(page, 'meanLoss')).toHaveText('0.768 nats');
  await expect(output(page, 'meanLoss')).toHaveAttribute('data-value', /^0\.76752836433134/);
  await expect(output(page, 'perplexity')).toHaveAttribute('data-value', /^2\.15443469003188/);
  await expect(output(page, 'costliest')).toHaveText('“cat”, 1.386 nats');
  await expect(page.getByRole('heading', { name: 'Per-token loss and perplexity' })).toBeAttached();
});

test('keys: End makes “cat” certain; the mean becomes ln(2.5)/3 and “the” costs most', async ({
  page,
}) => {
  await page.goto(example);
  const cat = slider(page, 'q(cat)');
  await cat.focus();
  await page.keyboard.press('ArrowUp');
  await expect(cat).toHaveAttribute('aria-valuenow', '0.26');
  await page.keyboard.press('End');
  await expect(cat).toHaveAttribute('aria-valuenow', '1');
  await expect(output(page, 'meanLoss')).toHaveAttribute('data-value', /^0\.30543024395805/);
  await expect(output(page, 'perplexity')).toHaveAttribute('data-value', /^1\.35720880829745/);
  await expect(output(page, 'costliest')).toHaveText('“the”, 0.693 nats');
  await page.keyboard.press('Home');
  await expect(cat).toHaveAttribute('aria-valuenow', '0.001');
  // In bits the mean changes by 1/ln 2 and the perplexity not at all.
  await page.getByRole('radio', { name: 'bits' }).check();
  await expect(output(page, 'costliest')).toHaveText('“cat”, 9.966 bits');
});

test('dragging a bar down on its log scale lowers q and raises the loss', async ({ page }) => {
  await page.goto(example);
  // A drag before the widget has hydrated moves nothing; a clean-clone CI run found no grip yet.
  await hydrateAllIslands(page);
  const sat = slider(page, 'q(sat)');
  const grip = sat.locator('.token-grip');
  await expect(grip).toBeVisible();
  const box = (await grip.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 60, { steps: 8 });
  await page.mouse.up();
  // The drag lands in the widget's next frame.
  await expect.poll(async () => Number(await sat.getAttribute('aria-valuenow'))).toBeLessThan(0.8);
  expect(Number(await sat.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0.001);
  await expect
    .poll(async () => Number(await output(page, 'meanLoss').getAttribute('data-value')))
    .toBeGreaterThan(0.8);
});

test('on a phone, the costliest token’s readout stays inside the widget, however long the token', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  // 16 characters, the longest token the URL accepts, and the costliest by far.
  await page.goto('/embed/widgets/perplexity/?tokens=the,incomprehensible,sat&q=0.5,0.001,0.8');
  const costliest = output(page, 'costliest');
  await expect(costliest).toHaveText('“incomprehensible”, 6.908 nats');
  // Where the text itself is drawn: a box too narrow for it would let it spill out.
  const text = await costliest.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    const { left, right } = range.getBoundingClientRect();
    return { left, right };
  });
  const readout = (await page.locator('.token-readout').boundingBox())!;
  expect(text.left).toBeGreaterThanOrEqual(readout.x);
  expect(text.right).toBeLessThanOrEqual(readout.x + readout.width + 0.5);
});
