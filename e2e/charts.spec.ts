import { hydrateAllIslands } from './support/islands';
import { expect, test, type Page } from '@playwright/test';

const slider = (page: Page, name: string) => page.getByRole('slider', { name, exact: true });

test('with model smoothing, Q draws the smoothed values and outlines the setting', async ({
  page,
}) => {
  // Q = (1, 0) smoothed by 0.2 over two outcomes: 0.8 (1, 0) + 0.2 (0.5, 0.5) = (0.9, 0.1).
  await page.goto('/embed/widgets/pq/?p=0.5,0.5&q=1,0&eps=0.2');
  await hydrateAllIslands(page);
  const q = page.locator('svg.bar-chart-q');
  await expect(q.locator('.bar-value')).toHaveText(['0.9', '0.1']);
  const heights = await q
    .locator('.bar-fill')
    .evaluateAll((els) => els.map((el) => (el as SVGGraphicsElement).getBBox().height));
  expect(heights[0]! / heights[1]!).toBeCloseTo(9, 5);
  await expect(q.locator('.bar-setting')).toHaveCount(2);
  await expect(slider(page, 'Q(tails)')).toHaveAttribute(
    'aria-valuetext',
    '0, 0.1 after smoothing',
  );
  // The P chart has nothing to smooth.
  await expect(page.locator('svg.bar-chart-p .bar-setting')).toHaveCount(0);
});

test('bars read at the table’s precision, on an axis with ticks 0, 0.5 and 1', async ({ page }) => {
  await page.goto('/embed/widgets/pq/?p=0.125,0.125,0.125,0.125,0.125,0.125,0.125,0.125&showQ=0');
  await hydrateAllIslands(page);
  const chart = page.locator('svg.bar-chart-p');
  await expect(chart.locator('.bar-value').first()).toHaveText('0.125');
  await expect(chart.locator('.axis-text')).toHaveText(['0', '0.5', '1']);
});

test('ten outcomes: every label is whole and none overlaps another', async ({ page }) => {
  const labels = [
    'heads',
    'tails',
    'rain',
    'sunny',
    'cloudy',
    'snow',
    'fog',
    'hail',
    'windy',
    'storm',
  ];
  await page.goto(
    `/embed/widgets/pq/?p=${Array(10).fill(0.1).join(',')}&labels=${labels.join(',')}`,
  );
  await hydrateAllIslands(page);
  for (const name of ['p', 'q']) {
    const texts = page.locator(`svg.bar-chart-${name} .bar-label`);
    await expect(texts).toHaveText(labels);
    const boxes = await texts.evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
    );
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
    const values = page.locator(`svg.bar-chart-${name} .bar-value`);
    const valueBoxes = await values.evaluateAll((els) =>
      els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect),
    );
    for (let i = 1; i < valueBoxes.length; i++)
      expect(valueBoxes[i]!.left).toBeGreaterThanOrEqual(valueBoxes[i - 1]!.right);
  }
});

test.describe('on a 1600 px screen', () => {
  test.use({ viewport: { width: 1600, height: 900 } });

  test('widgets are wider than the prose column, and the prose keeps its measure', async ({
    page,
  }) => {
    // Two whole lessons hydrated in turn: on a busy CI machine more than the default 30 s.
    test.slow();
    for (const [path, widget] of [
      ['/lessons/cross-entropy/', '.pq-widget'],
      ['/lessons/forward-reverse-kl/', '.kl-widget'],
    ] as const) {
      await page.goto(path);
      await hydrateAllIslands(page);
      const prose = (await page.locator('.lesson-body section > p').first().boundingBox())!;
      const box = (await page.locator(widget).first().boundingBox())!;
      expect(prose.width).toBeLessThanOrEqual(42 * 16 + 1);
      expect(box.width).toBeGreaterThan(prose.width + 200);
      expect(box.x + box.width).toBeLessThanOrEqual(1600);
    }
  });
});

test('Copy link inside an iframe on another site shows the link, selected', async ({ page }) => {
  const embed = new URL('/embed/widgets/pq/?p=0.5,0.5&q=0.9,0.1', test.info().project.use.baseURL);
  // The test page is about:blank, another origin: the embed's clipboard is refused there.
  await page.setContent(`<iframe src="${embed.href}" width="380" height="900"></iframe>`);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('button', { name: 'Copy link' }).click();
  const field = frame.getByRole('textbox', { name: /Copying is blocked here/ });
  await expect(field).toHaveValue(/\/embed\/widgets\/pq\/\?p=0\.5%2C0\.5&q=0\.9%2C0\.1/);
  await expect(field).toBeFocused();
  const selected = await field.evaluate(
    (el: HTMLInputElement) => el.selectionEnd! - el.selectionStart! === el.value.length,
  );
  expect(selected).toBe(true);
});

test('Descend becomes Stop while it runs, and Stop halts it', async ({ page }) => {
  // From here the reverse descent takes 118 steps, about 2 s at one step a frame: time enough
  // to press Stop on a busy machine (from mu 1.2, sigma 1 it took 18 and sometimes ended first).
  await page.goto('/embed/widgets/kl-explorer/?mu=0.3&sigma=0.5&dir=reverse');
  await hydrateAllIslands(page);
  await page.getByRole('button', { name: 'Descend' }).click();
  const stop = page.getByRole('button', { name: 'Stop' });
  await stop.click();
  await expect(page.getByRole('button', { name: 'Descend' })).toBeVisible();
  const mu = await slider(page, 'Q mean').getAttribute('aria-valuenow');
  // Stopped means stopped: the mean stays where it was when Stop was pressed.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  await expect(slider(page, 'Q mean')).toHaveAttribute('aria-valuenow', mu!);
});
