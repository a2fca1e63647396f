import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './support/errors';
import { hydrateAllIslands } from './support/islands';

const embed = '/embed/widgets/joint/';
const output = (page: Page, metric: string) => page.locator(`output[data-metric="${metric}"]`);
const cell = (page: Page, name: string) => page.getByRole('slider', { name, exact: true });
/** Opens the embed and waits for it to hydrate: mouse moves do not wait for handlers. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await hydrateAllIslands(page);
}
const cellValues = (page: Page) =>
  page
    .getByRole('slider', { name: /^P\(/ })
    .evaluateAll((els) => els.map((el) => Number(el.getAttribute('aria-valuenow'))));

test('the issue example reads H(X) 1, I(X;Y) 0.125 bits, as D(P(X,Y) ‖ P(X) P(Y)) too', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await open(page, `${embed}?joint=0.3,0.2;0.1,0.4&x=rain,dry&y=umbrella,none&unit=bits`);
  await expect(cell(page, 'P(rain, umbrella)')).toHaveAttribute('aria-valuenow', '0.3');
  // mpmath, bits: H(Y) = H(0.4, 0.6) = 0.97095, H(X,Y) = 1.84644, H(X|Y) = 0.87549, I = 0.12451.
  await expect(output(page, 'entropyX')).toHaveText('1.000 bits');
  await expect(output(page, 'entropyY')).toHaveText('0.971 bits');
  await expect(output(page, 'jointEntropy')).toHaveText('1.846 bits');
  await expect(output(page, 'conditionalEntropy')).toHaveText('0.875 bits');
  await expect(output(page, 'mutualInformation')).toHaveText('0.125 bits');
  await expect(output(page, 'mutualInformation')).toHaveAttribute('data-value', /^0\.12451124978/);
  await expect(output(page, 'klFromProduct')).toHaveText('0.125 bits');
  await expect(page.getByRole('group', { name: /^I\(X;Y\) = H\(X\)/ })).toHaveAttribute(
    'aria-label',
    'I(X;Y) = H(X) − H(X|Y) = 1.0000 − 0.8755 ≈ 0.125 bits',
  );
  expect(errors).toEqual([]);
});

test('keys raise one cell and rescale the others: uniform to 0.45 gives I = 0.032 bits', async ({
  page,
}) => {
  await open(page, `${embed}?joint=0.25,0.25;0.25,0.25&x=rain,dry&y=umbrella,none`);
  await expect(output(page, 'mutualInformation')).toHaveText('0.000 bits');
  const c = cell(page, 'P(rain, umbrella)');
  await c.focus();
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Shift+ArrowUp');
  await expect(c).toHaveAttribute('aria-valuenow', '0.45');
  // The other three share 0.55 in their old 1 : 1 : 1 proportion: 0.1833 each.
  await expect(cell(page, 'P(dry, none)')).toHaveAttribute('aria-valuenow', '0.1833');
  // mpmath: I = 0.0316526578 bits for [[0.45, 0.55/3], [0.55/3, 0.55/3]].
  await expect(output(page, 'mutualInformation')).toHaveText('0.032 bits');
  await expect(output(page, 'mutualInformation')).toHaveAttribute('data-value', /^0\.03165265780/);
  await expect(page.locator('[aria-live="polite"]')).toContainText('I(X;Y) 0.032 bits');
  await page.keyboard.press('End');
  await expect(c).toHaveAttribute('aria-valuenow', '1');
  await expect(cell(page, 'P(rain, none)')).toHaveAttribute('aria-valuenow', '0');
  await page.keyboard.press('Home');
  await expect(c).toHaveAttribute('aria-valuenow', '0');
  // One cell at 0: the others share everything equally (1/3 each).
  await expect(cell(page, 'P(dry, none)')).toHaveAttribute('aria-valuenow', '0.3333');
});

test('each cell’s value stays in its tile and clear of its grip, at every height', async ({
  page,
}) => {
  // 4 x 4: the smallest tiles. A value once sat at the tile's middle and the grip crossed it.
  const row = '0.0625,0.0625,0.0625,0.0625';
  await open(page, `${embed}?joint=${[row, row, row, row].join(';')}`);
  const c = cell(page, 'P(x1, y1)');
  await c.focus();
  await page.keyboard.press('Home');
  for (let step = 0; step <= 10; step++) {
    const clashes = await page.locator('.joint-cell').evaluateAll((cells) =>
      cells.flatMap((el) => {
        const box = (selector: string) => el.querySelector(selector)!.getBoundingClientRect();
        const [value, grip, tile] = [box('.joint-value'), box('.joint-grip'), box('.joint-tile')];
        const overlaps = value.bottom > grip.top && value.top < grip.bottom;
        const outside = value.top < tile.top || value.bottom > tile.bottom;
        return overlaps || outside
          ? [`${el.getAttribute('aria-label')} at ${el.getAttribute('aria-valuenow')}`]
          : [];
      }),
    );
    expect(clashes).toEqual([]);
    await page.keyboard.press('Shift+ArrowUp');
  }
  await expect(c).toHaveAttribute('aria-valuenow', '1');
});

test('dragging a tile with the mouse raises it; the table keeps summing to 1', async ({ page }) => {
  await open(page, `${embed}?joint=0.1,0.2;0.3,0.4`);
  // The tile itself: the slider's box also holds its grip's hit area, which reaches past it.
  const box = (await cell(page, 'P(x1, y1)').locator('.joint-tile').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.9);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.3, { steps: 10 });
  await page.mouse.up();
  // The drag lands in the widget's next frame.
  await expect.poll(async () => (await cellValues(page))[0]).toBeGreaterThan(0.5);
  const values = await cellValues(page);
  // The other three keep their 2 : 3 : 4 proportion.
  expect(values[1]! / values[3]!).toBeCloseTo(0.5, 2);
  expect(values.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
  // The marginal P(X = x1) follows: the first row's sum.
  await expect(page.locator('[data-marginal="x0"] text')).toHaveText(
    String(Number((values[0]! + values[1]!).toFixed(3))),
  );
});

test('"Make independent" keeps the marginals and brings I(X;Y) to 0', async ({ page }) => {
  await open(
    page,
    `${embed}?joint=0.1,0.05,0.05,0;0.05,0.1,0.05,0.05;0,0.05,0.2,0.05;0.05,0,0.05,0.15`,
  );
  // mpmath: the 4 x 4 reference table has I = 0.46016 bits.
  await expect(output(page, 'mutualInformation')).toHaveText('0.460 bits');
  const hx = await output(page, 'entropyX').getAttribute('data-value');
  await page.getByRole('button', { name: 'Make independent' }).click();
  await expect(output(page, 'mutualInformation')).toHaveText('0.000 bits');
  expect(Number(await output(page, 'mutualInformation').getAttribute('data-value'))).toBeLessThan(
    1e-12,
  );
  expect(Number(await output(page, 'entropyX').getAttribute('data-value'))).toBeCloseTo(
    Number(hx),
    12,
  );
  // P(X) = (0.2, 0.25, 0.3, 0.25), P(Y) = (0.2, 0.2, 0.35, 0.25): cell (3, 3) is 0.3 x 0.35.
  await expect(cell(page, 'P(x3, y3)')).toHaveAttribute('aria-valuenow', '0.105');
});

test('presets: X = Y has I(X;Y) = H(X) = log2 3; nats switch the unit', async ({ page }) => {
  await open(page, embed);
  await page.getByRole('button', { name: 'X = Y' }).click();
  await expect(output(page, 'mutualInformation')).toHaveText('1.585 bits');
  await expect(output(page, 'conditionalEntropy')).toHaveText('0.000 bits');
  await page.getByRole('radio', { name: 'nats' }).check();
  await expect(output(page, 'mutualInformation')).toHaveText('1.099 nats');
});
