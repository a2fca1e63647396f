import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrateAllIslands } from './support/islands';

// A phone: 390 x 844 with touch. Swipes are real touch sequences sent through CDP, so the
// browser itself decides between scrolling and dragging, as it would under a finger.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const slider = (page: Page, name: string) => page.getByRole('slider', { name, exact: true });

async function swipe(page: Page, from: { x: number; y: number }, dx: number, dy: number) {
  const cdp = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
    });
  await touch('touchStart', from.x, from.y);
  for (let step = 1; step <= 10; step++)
    await touch('touchMove', from.x + (dx * step) / 10, from.y + (dy * step) / 10);
  await touch('touchEnd', 0, 0);
  await cdp.detach();
}

/** The centre of a locator in viewport coordinates, after scrolling it into view. */
async function centreOf(locator: Locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = (await locator.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const values = (page: Page, names: RegExp) =>
  page
    .getByRole('slider', { name: names })
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-valuenow')));

test('an upward swipe over either bar chart scrolls the page and changes nothing', async ({
  page,
}) => {
  await page.goto('/embed/widgets/pq/?p=0.99,0.01&q=0.6,0.4');
  // A URL with a state renders the widget afresh: read the values once it has.
  await hydrateAllIslands(page);
  for (const name of ['P', 'Q'] as const) {
    const chart = page.locator(`svg.bar-chart-${name.toLowerCase()}`);
    const before = await values(page, /^[PQ]\(/);
    // Low on the chart, on the bar's body: not its grip.
    const box = (await chart.boundingBox())!;
    await chart.scrollIntoViewIfNeeded();
    const start = {
      x: box.x + box.width * 0.3,
      y: (await chart.boundingBox())!.y + box.height * 0.8,
    };
    const scrolled = await page.evaluate(() => window.scrollY);
    await swipe(page, start, 0, -200);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 50);
    expect(await values(page, /^[PQ]\(/)).toEqual(before);
  }
});

test("a drag from a bar's grip moves the bar, and the others keep the sum at 1", async ({
  page,
}) => {
  await page.goto('/embed/widgets/pq/?p=0.5,0.5&q=0.5,0.5');
  // A finger on the prerendered widget before it hydrates would move nothing.
  await hydrateAllIslands(page);
  const grip = slider(page, 'Q(heads)').locator('.bar-grip-hit');
  const hit = (await grip.boundingBox())!;
  expect(hit.height).toBeGreaterThanOrEqual(44);
  const from = await centreOf(grip);
  await swipe(page, from, 0, -60);
  const [heads, tails] = (await values(page, /^Q\(/)).map(Number);
  expect(heads).toBeGreaterThan(0.6);
  expect(heads! + tails!).toBeCloseTo(1, 3);
});

test('the joint table and the split: a swipe scrolls; a drag from a grip moves', async ({
  page,
}) => {
  await page.goto('/embed/widgets/joint/?joint=0.25,0.25;0.25,0.25');
  await hydrateAllIslands(page);
  const grid = page.locator('svg.joint-grid');
  const box = (await grid.boundingBox())!;
  const before = await values(page, /^P\(/);
  const scrolled = await page.evaluate(() => window.scrollY);
  // Low in the first tile, away from its grip: a swipe there scrolls.
  await swipe(page, { x: box.x + box.width * 0.35, y: box.y + box.height * 0.55 }, 0, -200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 50);
  expect(await values(page, /^P\(/)).toEqual(before);

  await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
  const gripHit = slider(page, 'P(x1, y1)').locator('.joint-grip-hit');
  expect((await gripHit.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await swipe(page, await centreOf(gripHit), 0, -40);
  const cells = (await values(page, /^P\(/)).map(Number);
  expect(cells[0]).toBeGreaterThan(0.3);
  expect(cells.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);

  await page.goto('/embed/widgets/split/');
  await hydrateAllIslands(page);
  const t = slider(page, 'Threshold');
  const from = await centreOf(t.locator('.split-grip-hit'));
  await swipe(page, from, 80, 0);
  await expect.poll(async () => Number(await t.getAttribute('aria-valuenow'))).toBeGreaterThan(6);
});

test('the KL explorer: a swipe over the plot scrolls; the curve and the handle drag', async ({
  page,
}) => {
  await page.goto('/embed/widgets/kl-explorer/');
  // A finger on the prerendered widget before it hydrates would move nothing.
  await hydrateAllIslands(page);
  const plot = page.locator('svg.kl-plot');
  const box = (await plot.boundingBox())!;
  expect(box.height).toBeGreaterThanOrEqual(200);
  // Axis text is drawn in CSS pixels: at least 11 px on a phone.
  const sizes = await plot
    .locator('text')
    .evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
  const handleHit = (await page.locator('.kl-handle-hit').boundingBox())!;
  expect(handleHit.width).toBeGreaterThanOrEqual(44);
  expect(handleHit.height).toBeGreaterThanOrEqual(44);

  // Far left on the plot, where only the axis and Q's flat tail are.
  await plot.scrollIntoViewIfNeeded();
  const top = (await plot.boundingBox())!;
  const scrolled = await page.evaluate(() => window.scrollY);
  await swipe(page, { x: top.x + 70, y: top.y + top.height * 0.6 }, 0, -200);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 50);
  await expect(slider(page, 'Q mean')).toHaveAttribute('aria-valuenow', '0');
  await expect(slider(page, 'Q standard deviation')).toHaveAttribute('aria-valuenow', '1.5');

  await swipe(page, await centreOf(page.locator('.kl-handle')), 30, 0);
  await expect
    .poll(async () =>
      Number(await slider(page, 'Q standard deviation').getAttribute('aria-valuenow')),
    )
    .toBeGreaterThan(1.6);

  // Q's curve at its peak (x = 0): grab it and move it right.
  const plotBox = (await plot.boundingBox())!;
  const peak = await page.locator('.kl-q-line').boundingBox();
  await swipe(page, { x: plotBox.x + 44 + (plotBox.width - 58) / 2, y: peak!.y + 2 }, 40, 0);
  await expect
    .poll(async () => Number(await slider(page, 'Q mean').getAttribute('aria-valuenow')))
    .toBeGreaterThan(0.5);
});

const routes = [
  '/',
  '/lessons/entropy/',
  '/lessons/cross-entropy/',
  '/lessons/kl-divergence/',
  '/lessons/forward-reverse-kl/',
  '/lessons/cross-entropy-in-practice/',
  '/embed/lessons/entropy/',
  '/embed/widgets/pq/?p=0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1,0.1',
  '/embed/widgets/kl-explorer/',
  '/lessons/mutual-information/',
  '/embed/widgets/joint/?joint=0.1,0.1,0.1,0.1;0.1,0.1,0.1,0.1;0.05,0.05,0.05,0.05;0.025,0.025,0.025,0.025',
  '/embed/widgets/split/',
  '/embed/widgets/softmax/?logits=8,-8,1,2,3,4,5,6,7,0&teacher=1,2,3,4,5,6,7,8,0,0',
  '/embed/widgets/perplexity/?tokens=the,quick,brown,fox,jumps,over,the,lazy,dog,again,and,again',
  '/404.html',
  '/playground/?show=pq,kl-explorer,joint,split,softmax,perplexity&layout=side',
];

for (const route of routes) {
  test(`nothing in main ends past the right edge at 390 px: ${route}`, async ({ page }) => {
    await page.goto(route);
    await page.waitForLoadState('networkidle');
    const offenders = await page.evaluate(() => {
      const edge = document.documentElement.clientWidth;
      const scrolls = (el: Element) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
      const out: string[] = [];
      for (const el of document.querySelectorAll('main *')) {
        if (el.getBoundingClientRect().right <= edge + 0.5) continue;
        // KaTeX's own clipping: the hidden MathML copy and the tails of its stretchy glyphs.
        if (el.closest('.katex-mathml, .katex .hide-tail')) continue;
        let inside = false;
        for (let a = el.parentElement; a && a.tagName !== 'MAIN'; a = a.parentElement)
          if (scrolls(a)) inside = true;
        if (!inside) out.push(`${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`);
      }
      return out;
    });
    expect(offenders).toEqual([]);
  });
}

test('the logits-to-loss widget: a finger on a handle drags it; a swipe beside it scrolls', async ({
  page,
}) => {
  await page.goto('/embed/widgets/softmax/?logits=0,0,0&T=1');
  // A finger on the prerendered widget before it hydrates would move nothing.
  await hydrateAllIslands(page);
  const grip = slider(page, 'logit(cat)').locator('.logit-grip-hit');
  expect((await grip.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  await swipe(page, await centreOf(grip), 0, -40);
  await expect
    .poll(async () => Number(await slider(page, 'logit(cat)').getAttribute('aria-valuenow')))
    .toBeGreaterThan(1);

  const before = await values(page, /^logit\(/);
  const chart = page.locator('svg.logit-chart');
  const box = (await chart.boundingBox())!;
  // The embed page is barely taller than the phone (about 90 px to scroll): room below it, so
  // how far the swipe scrolls is not capped by where the page happens to end.
  const scrolled = await page.evaluate(() => {
    document.body.style.paddingBottom = '1000px';
    return window.scrollY;
  });
  // Low on the dog's track, well below its handle.
  await swipe(page, { x: box.x + box.width * 0.5, y: box.y + box.height * 0.85 }, 0, -150);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled + 50);
  expect(await values(page, /^logit\(/)).toEqual(before);
});

test('the per-token loss widget: a finger on a bar’s grip drags it', async ({ page }) => {
  await page.goto('/embed/widgets/perplexity/?tokens=the,cat,sat&q=0.5,0.25,0.8');
  // A finger on the prerendered widget before it hydrates would move nothing.
  await hydrateAllIslands(page);
  const grip = slider(page, 'q(cat)').locator('.token-grip-hit');
  await swipe(page, await centreOf(grip), 0, -30);
  await expect
    .poll(async () => Number(await slider(page, 'q(cat)').getAttribute('aria-valuenow')))
    .toBeGreaterThan(0.3);
});

test('every button, disclosure and choice a finger may press is at least 44 px tall', async ({
  page,
}) => {
  for (const route of [
    '/',
    '/lessons/entropy/',
    '/lessons/kl-divergence/',
    '/lessons/cross-entropy-in-practice/',
  ]) {
    await page.goto(route);
    await hydrateAllIslands(page);
    const small = await page
      .locator('button:visible, summary:visible, label:has(input):visible')
      .evaluateAll((targets) =>
        targets
          .filter((target) => target.getBoundingClientRect().height < 44)
          .map((target) => `${target.textContent?.trim()} (${target.className})`),
      );
    expect(small, route).toEqual([]);
  }
});
