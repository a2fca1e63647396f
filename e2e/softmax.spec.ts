import { expect, test, type Page } from '@playwright/test';
import { hydrateAllIslands } from './support/islands';

// Reference values: mpmath 1.3 at 40 digits, loss = -(log-softmax(z / T))[y].
const embed = '/embed/widgets/softmax/';
const base = `${embed}?logits=2,1,0.1&labels=cat,dog,bird&target=0&unit=nats`;
const example = `${base}&T=1&eps=0`;
const output = (page: Page, metric: string) =>
  page.locator(`output[data-metric="${metric}"]`).first();
const slider = (page: Page, name: string) => page.getByRole('slider', { name, exact: true });

test('the issue’s example link: loss 0.417 nats, H(Q) 0.847 nats, perplexity 1.517', async ({
  page,
}) => {
  await page.goto(example);
  await expect(output(page, 'crossEntropy')).toHaveText('0.417 nats');
  await expect(output(page, 'crossEntropy')).toHaveAttribute('data-value', /^0\.41703001627783/);
  await expect(output(page, 'entropy')).toHaveText('0.847 nats');
  await expect(output(page, 'perplexity')).toHaveAttribute('data-value', /^1\.51744806039407/);
  await expect(page.getByRole('heading', { name: 'Logits to loss' })).toBeAttached();
});

test('keys: Shift+Up on cat and Shift+Down on dog give logits (3, 0, 0.1) and a loss of 0.0997 nats', async ({
  page,
}) => {
  await page.goto(example);
  const cat = slider(page, 'logit(cat)');
  await cat.focus();
  await page.keyboard.press('Shift+ArrowUp');
  await expect(cat).toHaveAttribute('aria-valuenow', '3');
  // 10 small steps of 0.1 land exactly on 3 + 1 = 4 - 1 = 3 again: steps are rounded, never drift.
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowUp');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowDown');
  await expect(cat).toHaveAttribute('aria-valuenow', '3');
  await expect(output(page, 'crossEntropy')).toHaveAttribute('data-value', /^0\.17425452502421/);
  await slider(page, 'logit(dog)').focus();
  await page.keyboard.press('Shift+ArrowDown');
  await expect(output(page, 'crossEntropy')).toHaveAttribute('data-value', /^0\.09967363554629/);
  await expect(page.locator('[aria-live="polite"]')).toHaveText(
    'loss H(P,Q) 0.100 nats, entropy of Q 0.379 nats, perplexity 1.105',
  );
  await page.keyboard.press('End');
  await expect(slider(page, 'logit(dog)')).toHaveAttribute('aria-valuenow', '8');
  await page.keyboard.press('Home');
  await expect(slider(page, 'logit(dog)')).toHaveAttribute('aria-valuenow', '-8');
});

test('logits of ±8 at T = 0.1: a confident wrong answer costs exactly 160 nats, never ∞ or NaN', async ({
  page,
}) => {
  await page.goto(`${embed}?logits=8,-8,-8&target=1&T=0.1&unit=nats`);
  await expect(output(page, 'crossEntropy')).toHaveText('160.000 nats');
  await expect(output(page, 'crossEntropy')).toHaveAttribute('data-value', '160');
  // e^160, finite.
  await expect(output(page, 'perplexity')).toHaveText('3.070e+69');
  // The model is all but certain: its entropy is 1.0489e-67 nats, not 0 or NaN.
  await expect(output(page, 'entropy')).toHaveAttribute('data-value', /^1\.0489113073708\d*e-67$/);
  // Right instead: log(1 + 2 e^-160), tiny but not rounded to 0.
  await page.getByRole('radio', { name: 'cat' }).check();
  await expect(output(page, 'crossEntropy')).toHaveAttribute(
    'data-value',
    /^6\.5149770644150\d*e-70$/,
  );
});

test('temperature keys step through round values; label smoothing changes the target', async ({
  page,
}) => {
  await page.goto(example);
  const t = page.getByRole('slider', { name: 'Temperature' });
  await t.focus();
  await page.keyboard.press('ArrowUp');
  await expect(t).toHaveAttribute('aria-valuetext', 'T = 1.20');
  await expect(output(page, 'crossEntropy')).toHaveAttribute('data-value', /^0\.49462786516127/);
  await expect(output(page, 'entropy')).toHaveAttribute('data-value', /^0\.91368525670752/);
  await page.keyboard.press('Shift+ArrowDown');
  await expect(t).toHaveAttribute('aria-valuetext', 'T = 0.80');
  await page.keyboard.press('End');
  await expect(t).toHaveAttribute('aria-valuetext', 'T = 10.00');

  await page.goto(`${base}&eps=0.1`);
  // H((0.9 + 0.1/3, 0.1/3, 0.1/3), softmax(2, 1, 0.1)) = 0.51369668294450.
  await expect(output(page, 'crossEntropy')).toHaveAttribute('data-value', /^0\.5136966829445/);
});

test('distillation: D(teacher_T || student_T) and the T² scaling; T from 2 to 2.5 softens the teacher', async ({
  page,
}) => {
  await page.goto(`${base}&teacher=3,1,0.2&T=2`);
  await expect(output(page, 'klDivergence')).toHaveText('0.028 nats');
  await expect(output(page, 'klDivergence')).toHaveAttribute('data-value', /^0\.02810164037652/);
  await expect(output(page, 'scaledKl')).toHaveAttribute('data-value', /^0\.11240656150609/);
  await expect(page.getByText(/Why T²/)).toBeVisible();
  // The teacher's handles are sliders of their own.
  const teacher = slider(page, 'teacher(cat)');
  await teacher.focus();
  await page.keyboard.press('Shift+ArrowDown');
  await expect(teacher).toHaveAttribute('aria-valuenow', '2');
  // Teacher (2, 1, 0.2) and student (2, 1, 0.1) at T = 2: nearly equal, a tiny divergence.
  await expect(output(page, 'klDivergence')).toHaveAttribute('data-value', /^0\.000199466772257/);
});

test('dragging a logit up with the mouse raises it and lowers the loss', async ({ page }) => {
  await page.goto(example);
  // A drag before the widget has hydrated moves nothing.
  await hydrateAllIslands(page);
  const cat = slider(page, 'logit(cat)');
  const handle = cat.locator('.logit-handle');
  await expect(handle).toBeVisible();
  const box = (await handle.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y - 40, { steps: 8 });
  await page.mouse.up();
  // The drag lands in the widget's next frame.
  await expect.poll(async () => Number(await cat.getAttribute('aria-valuenow'))).toBeGreaterThan(3);
  expect(Number(await cat.getAttribute('aria-valuenow'))).toBeLessThanOrEqual(8);
  await expect
    .poll(async () => Number(await output(page, 'crossEntropy').getAttribute('data-value')))
    .toBeLessThan(0.2);
});

test('Copy link writes the widget’s state, teacher included', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${base}&T=2&eps=0.05&teacher=3,1,0.2`);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).search).toBe(
    '?logits=2%2C1%2C0.1&labels=cat%2Cdog%2Cbird&target=0&T=2&eps=0.05&unit=nats&teacher=3%2C1%2C0.2',
  );
});

test.describe('in the lesson', () => {
  test('the challenges are solved by keys on the widgets, and the live formula follows', async ({
    page,
  }) => {
    await page.goto('/lessons/cross-entropy-in-practice/');
    await hydrateAllIslands(page);
    const formula = page.locator('.live-formula').first();
    await expect(formula).toHaveAttribute('aria-label', /= 0\.417 nats$/);
    await slider(page, 'logit(cat)').first().focus();
    await page.keyboard.press('Shift+ArrowUp');
    await slider(page, 'logit(dog)').first().focus();
    await page.keyboard.press('Shift+ArrowDown');
    await expect(formula).toHaveAttribute('aria-label', /\(3\.100 − \(3\.000\)\) = 0\.100 nats$/);
    const challenge = page.locator('[data-question="confident-and-right"]');
    await expect(challenge.getByText(/Solved!/)).toBeVisible();

    const distil = page.getByRole('figure', { name: 'Logits to loss widget' }).nth(1);
    await distil.getByRole('slider', { name: 'Temperature' }).focus();
    await page.keyboard.press('ArrowUp');
    await expect(
      page.locator('[data-question="soften-the-teacher"]').getByText(/Solved!/),
    ).toBeVisible();
  });

  test('the code lens: tabs by click and arrow keys, outputs computed, copy', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/lessons/cross-entropy-in-practice/');
    await hydrateAllIslands(page);
    const lens = page.locator('.code-lens').first();
    const numpy = lens.getByRole('tab', { name: 'NumPy' });
    const torch = lens.getByRole('tab', { name: 'PyTorch' });
    await expect(numpy).toHaveAttribute('aria-selected', 'true');
    await expect(lens.getByRole('tabpanel')).toContainText('print(f"{loss:.4f}")  # 0.4170');
    await torch.click();
    await expect(torch).toHaveAttribute('aria-selected', 'true');
    await expect(lens.getByRole('tabpanel')).toContainText('# 0.8021');
    await page.keyboard.press('ArrowRight');
    await expect(numpy).toBeFocused();
    await expect(numpy).toHaveAttribute('aria-selected', 'true');
    await lens.getByRole('button', { name: 'Copy code' }).click();
    await expect(lens.getByRole('status')).toHaveText('NumPy code copied.');
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toContain('logits = np.array([2.0, 1.0, 0.1])');
    expect(code).not.toMatch(/__\w+__/);
  });
});
