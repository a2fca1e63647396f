import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { collectPageErrors } from './support/errors';
import { holdChunk } from './support/hold-chunk';
import { hydrateAllIslands } from './support/islands';

const embed = '/embed/widgets/kl-explorer/';
const output = (page: Page, metric: string) => page.locator(`output[data-metric="${metric}"]`);
const slider = (page: Page, name: string) => page.getByRole('slider', { name, exact: true });
const valueOf = async (page: Page, name: string) =>
  Number(await slider(page, name).getAttribute('aria-valuenow'));

test('the default state reads D(P‖Q) = 0.756 and D(Q‖P) = 1.244 nats', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto(embed);
  await expect(output(page, 'forwardKl')).toHaveText('0.756 nats');
  await expect(output(page, 'reverseKl')).toHaveText('1.244 nats');
  // The reference values to four places: 0.7558 and 1.2438 nats.
  expect(Number(await output(page, 'forwardKl').getAttribute('data-value'))).toBeCloseTo(0.7558, 4);
  expect(Number(await output(page, 'reverseKl').getAttribute('data-value'))).toBeCloseTo(1.2438, 4);
  await expect(slider(page, 'Q mean')).toHaveAttribute('aria-valuetext', 'μ = 0.000');
  await expect(slider(page, 'Q standard deviation')).toHaveAttribute('aria-valuetext', 'σ = 1.500');
  // Bits on the switch: 0.7558 nats / ln 2.
  await page.getByRole('radio', { name: 'bits' }).check();
  await expect(output(page, 'forwardKl')).toHaveText('1.090 bits');
  expect(errors).toEqual([]);
});

test('the lesson shows the computed figures before any script runs', async ({ request }) => {
  const html = await (await request.get('/lessons/forward-reverse-kl/')).text();
  expect(html).toContain('0.756 nats');
  expect(html).toContain('1.244 nats');
  expect(html).toContain('aria-label="Q mean"');
});

test('the lesson hydrates without errors and its widget responds', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto('/lessons/forward-reverse-kl/');
  await hydrateAllIslands(page);
  await expect(page.locator('.kl-landscape')).toHaveAttribute('data-ready', 'true');
  // The lesson's explorers share nothing: moving the first leaves the second alone.
  const [first, second] = [0, 1].map((i) => page.locator('figure.kl-widget').nth(i));
  const secondBefore = await second!.locator('output[data-metric="forwardKl"]').innerText();
  const mean = first!.getByRole('slider', { name: 'Q mean', exact: true });
  await mean.focus();
  await page.keyboard.press('Shift+ArrowRight');
  await expect(mean).toHaveAttribute('aria-valuenow', '0.5');
  await expect(first!.locator('output[data-metric="forwardKl"]')).not.toHaveText('0.756 nats');
  await expect(second!.locator('output[data-metric="forwardKl"]')).toHaveText(secondBefore);
  expect(errors).toEqual([]);
});

test('with reduced motion, "Best Q" jumps straight to the optimum', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(`${embed}?mu=4&sigma=3`);
  const mean = slider(page, 'Q mean');
  // Every value the mean slider shows from the click on (the animation code loads at the click).
  const shown = await mean.evaluateHandle((element) => {
    const values: (string | null)[] = [];
    new MutationObserver(() => values.push(element.getAttribute('aria-valuenow'))).observe(
      element,
      { attributeFilter: ['aria-valuenow'] },
    );
    return values;
  });
  await page.getByRole('button', { name: 'Best Q for forward KL' }).click();
  await expect(mean).toHaveAttribute('aria-valuenow', '0');
  await expect(slider(page, 'Q standard deviation')).toHaveAttribute('aria-valuenow', '2.3087');
  // No frames in between: the one change the slider shows is the jump to the optimum.
  expect(await shown.jsonValue()).toEqual(['0']);
});

test('both sliders follow the keys: arrows, Shift+arrows, Home and End', async ({ page }) => {
  await page.goto(embed);
  const mean = slider(page, 'Q mean');
  await mean.focus();
  await page.keyboard.press('ArrowRight');
  await expect(mean).toHaveAttribute('aria-valuenow', '0.05');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(mean).toHaveAttribute('aria-valuenow', '0.55');
  await page.keyboard.press('ArrowLeft');
  await expect(mean).toHaveAttribute('aria-valuenow', '0.5');
  await page.keyboard.press('End');
  await expect(mean).toHaveAttribute('aria-valuenow', '6');
  await page.keyboard.press('Home');
  await expect(mean).toHaveAttribute('aria-valuenow', '-6');

  const sd = slider(page, 'Q standard deviation');
  await sd.focus();
  await page.keyboard.press('ArrowUp');
  await expect(sd).toHaveAttribute('aria-valuenow', '1.51');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(sd).toHaveAttribute('aria-valuenow', '1.41');
  await page.keyboard.press('Home');
  await expect(sd).toHaveAttribute('aria-valuenow', '0.2');
  await page.keyboard.press('End');
  await expect(sd).toHaveAttribute('aria-valuetext', 'σ = 5.000');
  // Committed on key release: the readout is announced.
  await expect(page.locator('p[aria-live="polite"]')).toHaveText(/^D\(P‖Q\) \d+\.\d{3} nats/);
});

test('"Best Q for forward KL" lands on the moment match, mu 0 and sigma 2.309', async ({
  page,
}) => {
  await page.goto(`${embed}?mu=-3&sigma=0.5`);
  await page.getByRole('button', { name: 'Best Q for forward KL' }).click();
  // sqrt(0.7^2 + 2.2^2) = 2.30868...
  await expect(slider(page, 'Q standard deviation')).toHaveAttribute('aria-valuenow', '2.3087');
  await expect(slider(page, 'Q mean')).toHaveAttribute('aria-valuenow', '0');
  await expect(slider(page, 'Q standard deviation')).toHaveAttribute('aria-valuetext', 'σ = 2.309');
});

test('"Best Q for reverse KL" picks the bump nearer Q and notes the mirror optimum', async ({
  page,
}) => {
  await page.goto(`${embed}?mu=0.5`);
  await page.getByRole('button', { name: 'Best Q for reverse KL' }).click();
  await expect(slider(page, 'Q mean')).toHaveAttribute('aria-valuenow', /^2\.193/);
  await expect(slider(page, 'Q standard deviation')).toHaveAttribute('aria-valuenow', /^0\.710/);
  await expect(page.getByText(/mirror optimum sits at μ = −2\.193, σ = 0\.710/)).toBeVisible();
  // D(Q||P) at either optimum: 0.6905 nats.
  await expect(output(page, 'reverseKl')).toHaveText('0.691 nats');
  expect(Number(await output(page, 'reverseKl').getAttribute('data-value'))).toBeCloseTo(0.6905, 4);

  await page.goto(`${embed}?mu=-1`);
  await page.getByRole('button', { name: 'Best Q for reverse KL' }).click();
  await expect(slider(page, 'Q mean')).toHaveAttribute('aria-valuenow', /^-2\.193/);
});

test('"Descend" on reverse KL ends on the bump it starts nearer', async ({ page }) => {
  await page.goto(`${embed}?mu=1.2&sigma=1&dir=reverse`);
  await page.getByRole('button', { name: 'Descend' }).click();
  await expect(page.locator('p[aria-live="polite"]')).toHaveText(/^Descent stopped/, {
    timeout: 15_000,
  });
  expect(await valueOf(page, 'Q mean')).toBeCloseTo(2.19, 1);
  expect(await valueOf(page, 'Q standard deviation')).toBeCloseTo(0.71, 1);
});

test('"Stop" pressed before the animation code has arrived leaves Q where it was', async ({
  page,
}) => {
  // The buttons' animation code loads at the first press; here it is held back until Stop.
  const release = await holdChunk(page, 'animate');
  await page.goto(`${embed}?mu=1.2&sigma=1&dir=reverse`);
  await page.getByRole('button', { name: 'Descend' }).click();
  await page.getByRole('button', { name: 'Stop' }).click();
  await expect(page.getByRole('button', { name: 'Descend' })).toBeVisible();
  // Once the code has arrived (and a frame later), Q has not moved.
  const arrived = page.waitForResponse(/\/assets\/animate-[\w-]+\.js$/);
  release();
  await arrived;
  await page.evaluate(() => new Promise(requestAnimationFrame));
  expect(await valueOf(page, 'Q mean')).toBe(1.2);
  expect(await valueOf(page, 'Q standard deviation')).toBe(1);
});

test('dragging the curve moves the mean; dragging the handle sets the width', async ({ page }) => {
  await page.goto(embed);
  // A drag before the widget has hydrated moves nothing.
  await hydrateAllIslands(page);
  const plot = page.locator('svg.kl-plot');
  const box = (await plot.boundingBox())!;
  // Drawn in CSS pixels: x from -8 to 8 between margins of 44 and 14 px.
  const perUnit = (box.width - 44 - 14) / 16;
  const handle = page.locator('.kl-handle');
  const h = (await handle.boundingBox())!;
  const start = { x: box.x + box.width / 2, y: h.y + h.height / 2 + 20 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(start.x + 1.5 * perUnit, start.y, { steps: 10 });
  await page.mouse.up();
  // Each drag lands in the widget's next frame.
  await expect.poll(() => valueOf(page, 'Q mean')).toBeCloseTo(1.5, 1);
  await expect(output(page, 'forwardKl')).not.toHaveText('0.756 nats');

  const moved = (await handle.boundingBox())!;
  const hx = moved.x + moved.width / 2;
  const hy = moved.y + moved.height / 2;
  await page.mouse.move(hx, hy);
  await page.mouse.down();
  await page.mouse.move(hx + 0.5 * perUnit, hy, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => valueOf(page, 'Q standard deviation')).toBeCloseTo(2, 1);
  expect(await valueOf(page, 'Q mean')).toBeCloseTo(1.5, 1);
});

test('a click on the landscape moves Q there', async ({ page }) => {
  await page.goto(embed);
  await expect(page.locator('.kl-landscape')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('.kl-landscape')).toHaveAttribute('data-cols', '120');
  const frame = page.locator('.kl-map-frame').nth(1);
  await frame.scrollIntoViewIfNeeded();
  const box = (await frame.boundingBox())!;
  // Three quarters across (mu = 3) and half way down (sigma = 2.6).
  await page.mouse.click(box.x + box.width * 0.75, box.y + box.height * 0.5);
  await expect(page.locator('p[aria-live="polite"]')).toHaveText(/^D\(P‖Q\)/);
  expect(await valueOf(page, 'Q mean')).toBeCloseTo(3, 1);
  expect(await valueOf(page, 'Q standard deviation')).toBeCloseTo(2.6, 1);
});

test('editing P moves the readout and the presets apply', async ({ page }) => {
  await page.goto(embed);
  await page.getByRole('button', { name: 'Best Q for reverse KL' }).click();
  await expect(page.getByText(/mirror optimum/)).toBeVisible();
  // Let Q land first: changing P mid-flight stops the animation where it is.
  await expect(slider(page, 'Q mean')).toHaveAttribute('aria-valuenow', /^-?2\.193/);
  await page.getByText('Edit P').click();
  await page.getByRole('button', { name: 'Overlapping' }).click();
  // The note was about the old P's optima.
  await expect(page.getByText(/mirror optimum/)).toHaveCount(0);
  await expect(
    page.getByRole('group', { name: 'Component 2' }).getByRole('slider', { name: 'mean' }),
  ).toHaveValue('1');
  await expect(output(page, 'forwardKl')).not.toHaveText('0.756 nats');
  await page.getByRole('button', { name: 'Symmetric pair' }).click();
  // Back to the default P, with Q still on the reverse-KL optimum: 0.6905 nats.
  await expect(output(page, 'reverseKl')).toHaveText('0.691 nats');
});

test('bad URL values fall back with a notice, never NaN', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto(`${embed}?mix=0.5:-2.2&mu=abc&sigma=-1&unit=parsecs`);
  const notices = page.getByRole('list', { name: 'Ignored settings' }).getByRole('listitem');
  await expect(notices).toHaveText([
    'Ignored mix="0.5:-2.2": each component is weight:mean:sd.',
    'Ignored mu="abc": every value must be a number.',
    'Ignored sigma="-1": the standard deviation must be between 0.2 and 5.',
    'Ignored unit="parsecs": the unit must be bits or nats.',
  ]);
  await expect(output(page, 'forwardKl')).toHaveText('0.756 nats');
  await expect(page.locator('.kl-widget')).not.toContainText('NaN');
  expect(errors).toEqual([]);
});

test('"Copy link" copies a URL that reproduces the state', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${embed}?mu=1&sigma=2`);
  await page.getByRole('radio', { name: 'bits' }).check();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(decodeURIComponent(new URL(link).search)).toBe(
    '?mix=0.5:-2.2:0.7,0.5:2.2:0.7&mu=1&sigma=2&unit=bits',
  );
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

  test('a touch drag on the width handle changes sigma', async ({ page }) => {
    await page.goto(embed);
    const handle = page.locator('.kl-handle');
    await handle.scrollIntoViewIfNeeded();
    const box = (await handle.boundingBox())!;
    const y = box.y + box.height / 2;
    const x = box.x + box.width / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', tx: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x: tx, y }],
      });
    await touch('touchStart', x);
    for (let step = 1; step <= 6; step++) await touch('touchMove', x + step * 4);
    await touch('touchEnd', 0);
    expect(await valueOf(page, 'Q standard deviation')).toBeGreaterThan(1.6);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  });
});

test('axe finds nothing on the widget with the landscape drawn and the P editor open', async ({
  page,
}) => {
  await page.goto(embed);
  await expect(page.locator('.kl-landscape')).toHaveAttribute('data-ready', 'true');
  await page.getByText('Edit P').click();
  await page.getByRole('button', { name: 'Best Q for reverse KL' }).click();
  await expectNoAxeViolations(page);
});
