import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { entropy } from '../src/metrics';
import { serveStatic } from './support/static-server';
import { collectPageErrors } from './support/errors';

/**
 * Instructors' pages, served from a second origin (another port), embedding the site with
 * embed.js: the example page the README shows, and pages made to misbehave.
 */
let host: { url: string; close(): Promise<void> };
let site: string;

function page(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${title}</title>${head}</head><body>${body}</body></html>`;
}

test.beforeAll(async ({ baseURL }) => {
  site = `${baseURL}/`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'entropic-host-'));
  const script = `<script src="${site}embed.js" defer></script>`;
  // The README's example page, as an instructor would copy it.
  const readme = fs.readFileSync('README.md', 'utf8');
  const example = /### An example page[\s\S]*?```html\n([\s\S]*?)```/
    .exec(readme)![1]!
    .replaceAll('https://entropic.example/', site);
  fs.writeFileSync(path.join(dir, 'instructor.html'), example);
  fs.writeFileSync(
    path.join(dir, 'twice.html'),
    page(
      'Twice',
      `<div data-entropic-embed="/embed/widgets/pq/"></div><entropic-embed src="/embed/widgets/kl-explorer/"></entropic-embed>${script}${script}`,
    ),
  );
  fs.writeFileSync(
    path.join(dir, 'hostile.html'),
    page(
      'A busy LMS page',
      // The LMS's own listener throws on every message; another site's iframe chatters; an
      // embed asks for another site; one is added late; one waits in a closed <details>.
      `<script>addEventListener('message', () => { throw new Error('LMS listener'); });</script>
      <iframe title="Chatter" srcdoc="<script>setInterval(() => parent.postMessage({ source: 'entropic', version: 1, type: 'resize', payload: { height: 5 } }, '*'), 50)</script>"></iframe>
      <div id="foreign" data-entropic-embed="https://example.org/embed/widgets/pq/"></div>
      <details id="later"><summary>Open the widget</summary><div data-entropic-embed="/embed/widgets/pq/"></div></details>
      <main id="app"></main>
      ${script}
      <script>setTimeout(() => { document.getElementById('app').innerHTML = '<entropic-embed src="/embed/lessons/cross-entropy/"></entropic-embed>'; }, 300);</script>`,
    ),
  );
  fs.writeFileSync(
    path.join(dir, 'plain.html'),
    page(
      'Plain iframes',
      `<iframe id="plain" title="P and Q bars" src="${site}embed/widgets/pq/?p=0.5,0.5&q=0.9,0.1" width="800" height="700"></iframe>
      <iframe id="wrong-origin" title="P and Q bars" src="${site}embed/widgets/pq/?p=0.5,0.5&q=0.9,0.1&parentOrigin=http%3A%2F%2F127.0.0.1%3A9" width="800" height="700"></iframe>`,
    ),
  );
  host = await serveStatic(dir);
});

test.afterAll(async () => {
  await host.close();
});

/** Every `entropic:*` event the host page hears, in order. */
async function recordEvents(page: Page) {
  await page.addInitScript(() => {
    const seen: { type: string; detail: unknown }[] = [];
    (window as unknown as { entropicEvents: typeof seen }).entropicEvents = seen;
    for (const type of ['ready', 'resize', 'answer', 'progress', 'complete', 'state'])
      document.addEventListener(`entropic:${type}`, (event) =>
        seen.push({ type, detail: (event as CustomEvent).detail }),
      );
  });
  return (type: string) =>
    page.evaluate(
      (wanted) =>
        (
          window as unknown as { entropicEvents: { type: string; detail: unknown }[] }
        ).entropicEvents
          .filter((e) => e.type === wanted)
          .map((e) => e.detail),
      type,
    );
}

/** The frame whose URL passes `test` (a substring, or a predicate), once it exists. */
async function frameAt(page: Page, test: string | ((url: string) => boolean)): Promise<Frame> {
  const matches = typeof test === 'string' ? (url: string) => url.includes(test) : test;
  const find = () => page.frames().find((f) => matches(f.url()));
  await expect.poll(() => Boolean(find())).toBe(true);
  return find()!;
}

/** The iframe's height, and the height of the document inside it. */
async function heights(page: Page, title: string, pathPart: string) {
  const iframe = page.locator(`iframe[title="${title}"]`);
  const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
  const inner = await (
    await frameAt(page, pathPart)
  ).evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  return { outer, inner };
}

async function expectSizedToContent(page: Page, title: string, pathPart: string) {
  await expect
    .poll(async () => {
      const { outer, inner } = await heights(page, title, pathPart);
      return outer === inner && inner > 100;
    })
    .toBe(true);
  // No inner scrollbar: the document fits the frame.
  const fits = await (
    await frameAt(page, pathPart)
  ).evaluate(() => document.documentElement.scrollHeight <= innerHeight);
  expect(fits).toBe(true);
}

const readout = (frame: Frame, metric: string) =>
  frame.locator(`output[data-metric="${metric}"]`).getAttribute('data-value');

test('both element forms become titled, lazy, borderless iframes sized to their content', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  await page.goto(`${host.url}/instructor.html`);
  const widget = page.locator('iframe[title="P and Q bars"]');
  const lesson = page.locator('iframe[title="Entropy: how uncertain is a distribution?"]');
  await expect(widget).toHaveAttribute('loading', 'lazy');
  await expect(lesson).toHaveAttribute('loading', 'lazy');
  await expect(widget).toHaveCSS('border-top-width', '0px');
  expect(await widget.evaluate((el) => el.getBoundingClientRect().width)).toBe(
    await page.locator('#coin').evaluate((el) => el.getBoundingClientRect().width),
  );
  await widget.scrollIntoViewIfNeeded();
  await expectSizedToContent(page, 'P and Q bars', 'embed/widgets/pq/');
  await lesson.scrollIntoViewIfNeeded();
  await expectSizedToContent(page, 'Entropy: how uncertain is a distribution?', 'embed/lessons/');
  expect(errors).toEqual([]);
});

test('the frame grows when a hint opens, and the host hears answers and progress', async ({
  page,
}) => {
  const events = await recordEvents(page);
  await page.goto(`${host.url}/instructor.html`);
  const title = 'Entropy: how uncertain is a distribution?';
  await page.locator(`iframe[title="${title}"]`).scrollIntoViewIfNeeded();
  const frame = page.frameLocator(`iframe[title="${title}"]`);
  const question = frame.locator('[data-question="two-coins"]');
  await question.scrollIntoViewIfNeeded();
  await expect(question.locator('xpath=ancestor::entropic-island[1]')).toHaveAttribute(
    'data-hydrated',
    '',
  );
  // Sections skip layout until the page is idle (src/app/lay-out-sections.ts): measure once all
  // have their true heights, or the frame can shrink under the test (seen in CI: 11517 to 11160).
  await expect(
    frame.locator('.lesson-body > section:not(.is-laid-out), .lesson-body [data-pending]'),
  ).toHaveCount(0, { timeout: 15_000 });
  await expectSizedToContent(page, title, 'embed/lessons/');
  const before = (await heights(page, title, 'embed/lessons/')).outer;

  await question.getByRole('button', { name: /Show a hint/ }).click();
  await expect
    .poll(async () => (await heights(page, title, 'embed/lessons/')).outer)
    .toBeGreaterThan(before);
  await expectSizedToContent(page, title, 'embed/lessons/');

  const answer = question.getByRole('textbox', { name: 'Answer' });
  await answer.fill('2');
  await question.getByRole('button', { name: 'Check' }).click();
  await answer.fill('not a number');
  await question.getByRole('button', { name: 'Check' }).click(); // a free retry: not reported
  await answer.fill(String(entropy([0.45, 0.05, 0.45, 0.05], 'bits')));
  await question.getByRole('button', { name: 'Check' }).click();

  const total = await frame.locator('[data-question]').count();
  await expect
    .poll(() => events('answer'))
    .toEqual([
      { lesson: 'entropy', question: 'two-coins', result: 'incorrect', attempts: 1 },
      { lesson: 'entropy', question: 'two-coins', result: 'correct', attempts: 2 },
    ]);
  await expect
    .poll(() => events('progress'))
    .toEqual([
      { lesson: 'entropy', solved: 0, total },
      { lesson: 'entropy', solved: 1, total },
    ]);
  expect(await events('complete')).toEqual([]);
  expect(total).toBeGreaterThan(1);
});

test('a committed widget change reaches the host as the query Copy link writes', async ({
  page,
}) => {
  const events = await recordEvents(page);
  // The messenger's code comes late, as on a slow connection: the widget must not take a change
  // (hydrate) before the messenger can pass it on. A clean-clone CI run lost one that way.
  await page.route(/\/assets\/messenger-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.goto(`${host.url}/instructor.html`);
  const frame = page.frameLocator('iframe[title="P and Q bars"]');
  await expect(frame.locator('entropic-island[data-hydrated]')).toHaveCount(1);
  await frame.getByRole('slider', { name: 'Q(heads)', exact: true }).focus();
  await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => (await events('state')).length).toBe(1);
  const [state] = (await events('state')) as { widget: string; query: string }[];
  expect(state!.widget).toBe('pq');
  const query = new URLSearchParams(state!.query);
  expect([query.get('p'), query.get('q'), query.get('labels')]).toEqual([
    '0.5,0.5',
    '0.8,0.2',
    'heads,tails',
  ]);
});

test('setState from the host page sets the widget; bad values get the usual notices', async ({
  page,
}) => {
  await page.goto(`${host.url}/instructor.html`);
  const frame = await frameAt(page, 'embed/widgets/pq/');
  await expect(frame.locator('output[data-metric="crossEntropy"]')).toHaveAttribute(
    'data-value',
    /^1\.73696/,
  );
  await page.getByRole('button', { name: 'Show a fair model' }).click();
  await expect(frame.locator('output[data-metric="crossEntropy"]')).toHaveAttribute(
    'data-value',
    '1',
  );
  expect(await readout(frame, 'klDivergence')).toBe('0');

  await page
    .locator('#coin')
    .evaluate((el) =>
      (el as HTMLElement & { setState(q: string): void }).setState('p=0.25,0.75&q=oops'),
    );
  await expect(frame.locator('output[data-metric="entropy"]')).toHaveAttribute(
    'data-value',
    String(entropy([0.25, 0.75], 'bits')),
  );
  await expect(frame.getByRole('list', { name: 'Ignored settings' })).toContainText('q');
});

test('setState without parentOrigin, or from another origin, changes nothing', async ({ page }) => {
  await page.goto(`${host.url}/plain.html`);
  for (const id of ['plain', 'wrong-origin']) {
    const frame = await frameAt(
      page,
      (url) =>
        url.includes('embed/widgets/pq/') && url.includes('parentOrigin') === (id !== 'plain'),
    );
    const cross = frame.locator('output[data-metric="crossEntropy"]');
    await expect(cross).toHaveAttribute('data-value', /^1\.73696/);
    // Messages from one window to another arrive in order: once the marker posted after the
    // setState has arrived, the setState has been read (and ignored).
    await frame.evaluate(() => {
      const w = window as unknown as { marker: Promise<boolean> };
      w.marker = new Promise((resolve) =>
        addEventListener('message', (e) => e.data === 'marker' && resolve(true)),
      );
    });
    await page.locator(`#${id}`).evaluate((iframe) => {
      const target = (iframe as HTMLIFrameElement).contentWindow!;
      const setState = { source: 'entropic', version: 1, type: 'setState' };
      target.postMessage({ ...setState, payload: { query: 'p=0.5,0.5&q=0.5,0.5' } }, '*');
      target.postMessage('marker', '*');
    });
    expect(
      await frame.evaluate(() => (window as unknown as { marker: Promise<boolean> }).marker),
    ).toBe(true);
    await expect(cross).toHaveAttribute('data-value', /^1\.73696/);
  }
});

test('malformed and hostile messages change nothing and raise no error', async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto(`${host.url}/instructor.html`);
  const frame = await frameAt(page, 'embed/widgets/pq/');
  const cross = frame.locator('output[data-metric="crossEntropy"]');
  await expect(cross).toHaveAttribute('data-value', /^1\.73696/);
  const xss = `p=<img src=x onerror="window.__pwned=1">&labels=<svg onload="window.__pwned=1">,b`;
  await page.locator('#coin iframe').evaluate((iframe, query) => {
    const send = (data: unknown) =>
      (iframe as HTMLIFrameElement).contentWindow!.postMessage(data, '*');
    for (const data of [
      null,
      'setState p=0.5,0.5',
      { source: 'entropic', version: 2, type: 'setState', payload: { query: 'p=0.5,0.5' } },
      { source: 'other', version: 1, type: 'setState', payload: { query: 'p=0.5,0.5' } },
      { source: 'entropic', version: 1, type: 'setState', payload: { query: 42 } },
      { source: 'entropic', version: 1, type: 'setState', payload: { query: 'x'.repeat(5000) } },
      { source: 'entropic', version: 1, type: 'toString', payload: {} },
      { source: 'entropic', version: 1, type: '__proto__', payload: {} },
    ])
      send(data);
    (iframe.closest('entropic-embed') as HTMLElement & { setState(q: string): void }).setState(
      query,
    );
  }, xss);
  await expect(frame.getByRole('list', { name: 'Ignored settings' })).toBeVisible();
  expect(await frame.evaluate(() => '__pwned' in window)).toBe(false);
  expect(await frame.locator('img[src="x"], [onerror], [onload]').count()).toBe(0);
  // The hostile state fell back to defaults: the widget still shows numbers, never NaN.
  expect(await frame.locator('main').textContent()).not.toMatch(/NaN|undefined/);
  expect(errors).toEqual([]);
});

test('on a busy page: other frames, a throwing listener, a foreign URL, late and hidden embeds', async ({
  page,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await page.goto(`${host.url}/hostile.html`);
  await expect(page.locator('#foreign iframe')).toHaveCount(0);
  expect(warnings.some((w) => w.includes('refused to embed https://example.org/'))).toBe(true);

  // Added after load by the page's own script.
  const late = page.locator(
    'iframe[title="Cross-entropy: the cost of believing Q when the truth is P"]',
  );
  await expect(late).toHaveCount(1);
  await late.scrollIntoViewIfNeeded();
  await expectSizedToContent(
    page,
    'Cross-entropy: the cost of believing Q when the truth is P',
    'embed/lessons/cross-entropy/',
  );

  // Closed until the student opens it, then sized to what it shows.
  await page.getByText('Open the widget').click();
  const hidden = page.locator('#later iframe');
  await hidden.scrollIntoViewIfNeeded();
  await expectSizedToContent(page, 'P and Q bars', 'embed/widgets/pq/');
  // The chattering frame's look-alike messages never resized our iframe to 5 px.
  expect(await hidden.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(100);
});

test('the script included twice makes one iframe per element', async ({ page }) => {
  await page.goto(`${host.url}/twice.html`);
  await expect(page.locator('iframe')).toHaveCount(2);
  await expect(page.locator('iframe[title="P and Q bars"]')).toHaveCount(1);
  await expect(page.locator('iframe[title="Forward and reverse KL explorer"]')).toHaveCount(1);
});
