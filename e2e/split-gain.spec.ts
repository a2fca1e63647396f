import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './support/errors';
import { hydrateAllIslands } from './support/islands';

const embed = '/embed/widgets/split/';
const brief = `${embed}?x=1,2,3,4,5,6,7,8,9,10&y=0,0,0,0,1,0,0,1,1,1&t=5.5&unit=bits`;
const output = (page: Page, metric: string) => page.locator(`output[data-metric="${metric}"]`);
const threshold = (page: Page) => page.getByRole('slider', { name: 'Threshold', exact: true });

test("the brief's split: H(parent) 0.971 bits, gain 0.1245 bits", async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto(brief);
  await hydrateAllIslands(page);
  await expect(output(page, 'parentEntropy')).toHaveText('0.971 bits');
  // mpmath: H(0.8, 0.2) = 0.72193, H(0.4, 0.6) = 0.97095, gain 0.124511249783653 bits.
  await expect(output(page, 'leftEntropy')).toHaveText('0.722 bits');
  await expect(output(page, 'rightEntropy')).toHaveText('0.971 bits');
  await expect(output(page, 'informationGain')).toHaveAttribute('data-value', /^0\.12451124978/);
  await expect(page.locator('[data-side="left"]')).toHaveText(
    'Left: 4 × class 0 (circle), 1 × class 1 (square)',
  );
  expect(errors).toEqual([]);
});

test('keys move the threshold: 4.5 gains 0.420 bits, Home and End gain nothing', async ({
  page,
}) => {
  await page.goto(brief);
  await hydrateAllIslands(page);
  const t = threshold(page);
  await t.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await expect(t).toHaveAttribute('aria-valuenow', '4.5');
  // Left [4, 0] is pure; right [2, 4]: 0.97095 - 0.6 H(1/3) = 0.41997 bits (mpmath).
  await expect(output(page, 'informationGain')).toHaveText('0.420 bits');
  await expect(page.locator('[aria-live="polite"]')).toContainText('information gain 0.420 bits');
  await page.keyboard.press('End');
  await expect(t).toHaveAttribute('aria-valuenow', '10.5');
  await expect(output(page, 'informationGain')).toHaveText('0.000 bits');
  await page.keyboard.press('Home');
  await expect(t).toHaveAttribute('aria-valuenow', '0.5');
  await expect(output(page, 'informationGain')).toHaveText('0.000 bits');
  await page.keyboard.press('PageUp');
  await expect(t).toHaveAttribute('aria-valuenow', '1.5');
});

test('"Best split" moves the threshold to the largest gain: 7.5, 0.557 bits', async ({ page }) => {
  await page.goto(brief);
  await hydrateAllIslands(page);
  await page.getByRole('button', { name: 'Best split' }).click();
  await expect(threshold(page)).toHaveAttribute('aria-valuenow', '7.5');
  // Left [6, 1], right [0, 3]: 0.97095 - 0.7 H(1/7) = 0.55678 bits (mpmath).
  await expect(output(page, 'informationGain')).toHaveText('0.557 bits');
  // No other midpoint does better: step through all nine with the keys.
  const best = Number(await output(page, 'informationGain').getAttribute('data-value'));
  await threshold(page).focus();
  await page.keyboard.press('Home');
  for (let k = 0; k < 10; k++) {
    await page.keyboard.press('PageUp');
    const gain = Number(await output(page, 'informationGain').getAttribute('data-value'));
    expect(gain).toBeLessThanOrEqual(best + 1e-12);
  }
});

test('dragging the threshold with the mouse splits the samples where it is let go', async ({
  page,
}) => {
  await page.goto(brief);
  await hydrateAllIslands(page);
  const plot = page.locator('svg.split-plot');
  const box = (await plot.boundingBox())!;
  const t = threshold(page);
  const line = (await t.locator('.split-line').boundingBox())!;
  await page.mouse.move(line.x + line.width / 2, line.y + line.height / 2);
  await page.mouse.down();
  // The axis runs from 0.5 to 10.5 over the plot's inner width (16 to 304 of 320 units).
  const at = (v: number) => box.x + ((16 + ((v - 0.5) / 10) * 288) / 320) * box.width;
  await page.mouse.move(at(8.5), line.y + line.height / 2, { steps: 10 });
  await page.mouse.up();
  // The drag lands in the widget's next frame.
  await expect.poll(async () => Number(await t.getAttribute('aria-valuenow'))).toBeCloseTo(8.5, 0);
  await expect(page.locator('[data-side="right"]')).toHaveText(
    'Right: 0 × class 0 (circle), 2 × class 1 (square)',
  );
});
