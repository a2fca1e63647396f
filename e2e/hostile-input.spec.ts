import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './support/errors';
import { hydrateAllIslands } from './support/islands';

/**
 * Every way in from outside, fed the classic attacks. For each: no script runs (the sentinel
 * stays unset), no element is injected, no page error, no NaN or undefined on screen, and the
 * student is told calmly where something was ignored. Messages from host pages (postMessage)
 * are attacked in embed.spec.ts, which has the second origin they need.
 */
const sentinel = 'window.__pwned=1';
const payloads: Record<string, string> = {
  'an img with onerror': `<img src=x onerror="${sentinel}">`,
  'a closed attribute and an svg with onload': `"><svg onload="${sentinel}">`,
  'a javascript: URL': `javascript:${sentinel}`,
  'a template injection': `{{constructor.constructor('${sentinel}')()}}`,
  // Long, yet short enough that seven of them fit in a URL a server accepts (Node's limit on a
  // request's headers is 16 KB; CDNs allow about 8 KB per URL).
  'a very long string': 'A'.repeat(1_500),
  'direction overrides': '\u202Eevil\u202D',
  'NUL bytes': 'a\u0000b',
};

async function expectUnharmed(page: Page, errors: string[]) {
  expect(await page.evaluate(() => 'pwned' in window || '__pwned' in window)).toBe(false);
  const injected = page.locator(
    'img[src="x"], [onerror], [onload], a[href^="javascript:" i], main svg:not([class]):not([aria-hidden]):not([role])',
  );
  expect(await injected.count()).toBe(0);
  // Notices quote what they ignored ("NaN,1"); everything else is the page's own text.
  const text = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('.widget-notices').forEach((list) => list.remove());
    return body.textContent ?? '';
  });
  expect(text).not.toMatch(/\bNaN\b|\bundefined\b|\[object Object\]/);
  expect(errors).toEqual([]);
}

const notices = (page: Page) =>
  page.getByRole('list', { name: 'Ignored settings' }).getByRole('listitem');

for (const [name, payload] of Object.entries(payloads)) {
  test.describe(`hostile input: ${name}`, () => {
    test('in every URL parameter of the P/Q widget', async ({ page }) => {
      const errors = collectPageErrors(page);
      const params = new URLSearchParams();
      for (const key of ['p', 'q', 'unit', 'lockP', 'eps', 'showQ']) params.set(key, payload);
      params.set('labels', `${payload},${payload}`);
      await page.goto(`/embed/widgets/pq/?${params}`);
      // The labels kept are known only once the widget has read the URL.
      await hydrateAllIslands(page);
      await expect(page.locator('output[data-metric="crossEntropy"]')).toHaveText(
        /^\d+\.\d{3} bits$/,
      );
      // Every number-like or choice parameter was refused, each with its own sentence.
      await expect(notices(page)).toHaveCount(await expectedNoticeCount(page, payload));
      await expectUnharmed(page, errors);
    });

    test('in every URL parameter of the KL explorer', async ({ page }) => {
      const errors = collectPageErrors(page);
      const params = new URLSearchParams();
      for (const key of ['mix', 'mu', 'sigma', 'unit', 'dir']) params.set(key, payload);
      await page.goto(`/embed/widgets/kl-explorer/?${params}`);
      await expect(page.locator('output[data-metric="forwardKl"]')).toHaveText('0.756 nats');
      await expect(notices(page)).toHaveCount(5);
      await expectUnharmed(page, errors);
    });

    test('in every URL parameter of the joint table', async ({ page }) => {
      const errors = collectPageErrors(page);
      const params = new URLSearchParams();
      for (const key of ['joint', 'x', 'y', 'unit']) params.set(key, payload);
      await page.goto(`/embed/widgets/joint/?${params}`);
      await expect(page.locator('output[data-metric="mutualInformation"]')).toHaveText(
        '0.125 bits',
      );
      await expect(notices(page)).toHaveCount(4);
      await expectUnharmed(page, errors);
    });

    test('in every URL parameter of the split', async ({ page }) => {
      const errors = collectPageErrors(page);
      const params = new URLSearchParams();
      for (const key of ['x', 'y', 't', 'unit']) params.set(key, payload);
      await page.goto(`/embed/widgets/split/?${params}`);
      await expect(page.locator('output[data-metric="informationGain"]')).toHaveText('0.125 bits');
      await expect(notices(page)).toHaveCount(4);
      await expectUnharmed(page, errors);
    });

    test('in every URL parameter of the logits-to-loss widget', async ({ page }) => {
      const errors = collectPageErrors(page);
      const params = new URLSearchParams();
      for (const key of ['logits', 'target', 'T', 'eps', 'unit', 'teacher'])
        params.set(key, payload);
      params.set('labels', `${payload},${payload},${payload}`);
      await page.goto(`/embed/widgets/softmax/?${params}`);
      await expect(page.locator('output[data-metric="crossEntropy"]')).toHaveText('0.417 nats');
      // Each parameter refused with its own sentence (labels too: too long, unsafe or 3 fine ones).
      // Polled: the notices come with hydration, after the prerendered readout is already there.
      await expect.poll(() => notices(page).count()).toBeGreaterThanOrEqual(6);
      await expectUnharmed(page, errors);
    });

    test('in every URL parameter of the per-token loss widget', async ({ page }) => {
      const errors = collectPageErrors(page);
      const params = new URLSearchParams();
      for (const key of ['q', 'unit']) params.set(key, payload);
      params.set('tokens', `${payload},${payload}`);
      await page.goto(`/embed/widgets/perplexity/?${params}`);
      await expect(page.locator('output[data-metric="perplexity"]')).not.toHaveText(/NaN|∞/);
      await expect.poll(() => notices(page).count()).toBeGreaterThanOrEqual(2);
      await expectUnharmed(page, errors);
    });

    test("as a lesson's seed", async ({ page }) => {
      const errors = collectPageErrors(page);
      await page.goto(`/lessons/cross-entropy/?seed=${encodeURIComponent(payload)}`);
      await expect(page.locator('html')).toHaveAttribute('data-progress-loaded', 'true');
      await expect(page.getByText('could not read, so you see your own numbers')).toBeVisible();
      await expectUnharmed(page, errors);
    });

    test('in stored progress and settings', async ({ page }) => {
      const errors = collectPageErrors(page);
      await page.goto('/');
      // Plant only after the page's own first write (a new student's seed), which would
      // otherwise overwrite what is planted.
      await expect(page.locator('html')).toHaveAttribute('data-progress-loaded', 'true');
      await page.evaluate((value) => {
        localStorage.setItem(
          'entropic:progress',
          JSON.stringify({
            state: { seed: value, solved: { [value]: { at: value } } },
            version: 1,
          }),
        );
        localStorage.setItem(
          'entropic:settings',
          JSON.stringify({ state: { theme: value }, version: 1 }),
        );
      }, payload);
      await page.goto('/lessons/entropy/');
      await expect(page.locator('html')).toHaveAttribute('data-progress-loaded', 'true');
      await expect(page.getByText('Your saved progress could not be read')).toBeVisible();
      // The theme falls back to the system's.
      await expect(page.locator('html')).toHaveAttribute('data-theme', /^(light|dark)$/);
      await expectUnharmed(page, errors);
    });

    test('in an imported progress file', async ({ page }) => {
      const errors = collectPageErrors(page);
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('data-progress-loaded', 'true');
      const file = JSON.stringify({
        format: 'entropic-progress',
        version: 1,
        progress: { seed: 1, solved: { [payload]: { at: 1 } } },
      });
      await page.getByLabel('Import progress').setInputFiles({
        name: 'progress.json',
        mimeType: 'application/json',
        buffer: Buffer.from(file),
      });
      await expect(page.getByText('That file is not Entropic progress')).toBeVisible();
      await expectUnharmed(page, errors);
    });
  });
}

/**
 * How many of the P/Q widget's parameters a payload must be refused in: all seven, except that
 * two labels that are merely odd text are kept (and shown as text).
 */
async function expectedNoticeCount(page: Page, payload: string): Promise<number> {
  const labels = page.getByRole('slider', { name: `P(${payload.trim()})`, exact: true });
  return (await labels.count()) > 0 ? 6 : 7;
}

test('each refused URL value gets its own plain sentence; odd labels stay text', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const labels = encodeURIComponent('<img src=x onerror=1>,<b>b</b>');
  await page.goto(`/embed/widgets/pq/?p=-1,2&q=NaN,1&labels=${labels}&unit=parsecs`);
  await expect(notices(page)).toHaveText([
    'Ignored p="-1,2": probabilities cannot be negative.',
    'Ignored q="NaN,1": every value must be a number.',
    'Ignored unit="parsecs": the unit must be bits or nats.',
  ]);
  await expect(page.getByRole('slider', { name: 'P(<img src=x onerror=1>)' })).toBeVisible();
  await expect(page.locator('output[data-metric="crossEntropy"]')).toHaveText('1.126 bits');
  await expectUnharmed(page, errors);
});
