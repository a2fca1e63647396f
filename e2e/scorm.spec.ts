import fs from 'node:fs';
import path from 'node:path';
import { strFromU8 } from 'fflate';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { siteDir } from '../playwright.config';
import { hydrateAllIslands } from './support/islands';
import {
  cmiOf,
  lmsOrigin,
  serveLms,
  unpack,
  type HostOptions,
  type Version,
} from './support/test-lms';

/**
 * The lessons as SCORM packages, run by a real SCORM run-time (scorm-again) standing in for the
 * LMS: answers reach the gradebook, a relaunch in a fresh browser restores what was solved, a
 * refusing LMS does not stop the student, and without an LMS the page behaves as on the site.
 */

const lessons = fs
  .readdirSync('lessons')
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/^\d+-/, '').replace(/\.mdx$/, ''));

/** The launch page's question ids (its `entropic-scorm` tag). */
function questionsOf(files: Record<string, Uint8Array>): string[] {
  const tag = /<meta name="entropic-scorm" content="([^"]*)">/.exec(
    strFromU8(files['index.html']!),
  );
  return tag![1]!.split(' ').slice(2);
}

async function launch(page: Page, cmi?: unknown): Promise<Frame> {
  await page.goto(`${lmsOrigin}/host.html`);
  await page.evaluate(
    (data) => (window as unknown as { launch(c: unknown): void }).launch(data),
    cmi,
  );
  const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
  await expect.poll(() => frame!.url()).toContain('/course/index.html');
  await frame!.waitForLoadState();
  await hydrateAllIslands(frame!);
  await expect(frame!.locator('html')).toHaveAttribute('data-progress-loaded', 'true');
  return frame!;
}

/** The LMS navigates its frame away from the lesson, which fires pagehide inside it. */
async function leave(page: Page) {
  await page.evaluate(() => {
    document.querySelector('iframe')!.src = 'about:blank';
  });
}

/** Whether the lesson has finished its session with the LMS. */
function terminated(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    (window as unknown as { lms: { isTerminated(): boolean } }).lms.isTerminated(),
  );
}

async function answer(frame: Frame, id: string, text: string) {
  const question = frame.locator(`[data-question="${id}"]`);
  await question.getByRole('textbox', { name: 'Answer' }).fill(text);
  await question.getByRole('button', { name: 'Check' }).click();
  await expect(question.getByRole('status')).toHaveAttribute('data-result', 'correct');
}

/** Launches a package in a fresh browser context (empty storage) served by the test LMS. */
async function freshLms(
  browser: import('@playwright/test').Browser,
  slug: string,
  version: Version,
  options?: HostOptions,
) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const files = unpack(slug, version);
  const missing = await serveLms(context, files, version, options);
  const page = await context.newPage();
  return { context, page, files, missing };
}

test('every package has its manifest at the root, listing exactly its files', async ({ page }) => {
  for (const slug of lessons) {
    for (const version of ['12', '2004'] as const) {
      const files = unpack(slug, version);
      // The browser's XML parser: a document that does not parse holds a <parsererror>.
      const manifest = await page.evaluate((xml) => {
        const doc = new DOMParser().parseFromString(xml, 'application/xml');
        const all = (tag: string) => [...doc.getElementsByTagName(tag)];
        return {
          errors: all('parsererror').length,
          schemaVersion: all('schemaversion')[0]?.textContent,
          resources: all('resource').map((r) => r.getAttribute('href')),
          listed: all('file').map((f) => f.getAttribute('href')),
        };
      }, strFromU8(files['imsmanifest.xml']!));
      expect(manifest).toEqual({
        errors: 0,
        schemaVersion: version === '12' ? '1.2' : '2004 4th Edition',
        resources: ['index.html'],
        listed: expect.any(Array),
      });
      const zipped = Object.keys(files).filter((name) => name !== 'imsmanifest.xml');
      expect(manifest.listed.sort()).toEqual(zipped.sort());
      // Relative paths only: nothing points at a site root or another origin.
      expect(strFromU8(files['index.html']!)).not.toMatch(/(src|href)="(\/|https?:)/);
    }
  }
  expect(fs.readdirSync(path.join(siteDir, 'scorm'))).toHaveLength(lessons.length * 2);
});

test('SCORM 1.2: an answer reaches the LMS, and a relaunch in a fresh browser restores it', async ({
  browser,
}) => {
  const first = await freshLms(browser, 'cross-entropy', '12');
  const total = questionsOf(first.files).length;
  const frame = await launch(first.page);
  await answer(frame, 'friends-code', '1.737');
  await expect
    .poll(async () => {
      const cmi = (await cmiOf(first.page)) as {
        core: { lesson_status: string; score: { raw: string; min: string; max: string } };
        interactions: Record<string, { id: string; result: string; type: string }>;
        suspend_data: string;
      };
      return {
        status: cmi.core.lesson_status,
        raw: Number(cmi.core.score.raw),
        range: [cmi.core.score.min, cmi.core.score.max],
        interactions: Object.values(cmi.interactions).map(({ id, result, type }) => ({
          id,
          result,
          type,
        })),
        suspend: cmi.suspend_data,
      };
    })
    .toEqual({
      status: 'incomplete',
      // 1 of 7 questions, to two decimals.
      raw: Math.round((100 / total) * 100) / 100,
      range: ['0', '100'],
      interactions: [{ id: 'friends-code', result: 'correct', type: 'numeric' }],
      suspend: expect.stringMatching(/^1\.[0-9a-z]+\.friends-code$/),
    });
  const saved = await cmiOf(first.page);
  expect(first.missing).toEqual([]);
  await first.context.close();

  const second = await freshLms(browser, 'cross-entropy', '12');
  const relaunched = await launch(second.page, saved);
  await expect(relaunched.getByRole('status', { name: 'Progress' })).toHaveText(
    `1 / ${total} solved`,
  );
  await expect(relaunched.locator('[data-question="friends-code"]')).toContainText('Solved');
  expect(second.missing).toEqual([]);
  await second.context.close();
});

test('SCORM 2004: solving the last question completes and passes the lesson', async ({
  browser,
}) => {
  const { context, page, files } = await freshLms(browser, 'kl-divergence', '2004');
  const questions = questionsOf(files);
  // Every question but one solved in an earlier launch.
  const others = questions.filter((id) => id !== 'from-the-gap');
  const frame = await launch(page, {
    completion_status: 'incomplete',
    suspend_data: `1.k.${others.join(',')}`,
  });
  await expect(frame.getByRole('status', { name: 'Progress' })).toHaveText(
    `${others.length} / ${questions.length} solved`,
  );
  // By hand, in bits: D(P‖Q) = 0.7 log2(1.4) + 0.2 log2(2/3) + 0.1 log2(0.5) = 0.1228.
  await answer(frame, 'from-the-gap', '0.123');
  await expect
    .poll(async () => {
      const cmi = (await cmiOf(page)) as {
        completion_status: string;
        success_status: string;
        score: { raw: string; scaled: string };
        interactions: Record<string, { id: string; result: string }>;
      };
      return [
        cmi.completion_status,
        cmi.success_status,
        cmi.score.raw,
        cmi.score.scaled,
        Object.values(cmi.interactions).map((i) => `${i.id} ${i.result}`),
      ];
    })
    .toEqual(['completed', 'passed', '100', '1', ['from-the-gap correct']]);
  await context.close();
});

test('SCORM 1.2: solving the last question passes the lesson, and leaving then exits normally', async ({
  browser,
}) => {
  const { context, page, files } = await freshLms(browser, 'kl-divergence', '12');
  const others = questionsOf(files).filter((id) => id !== 'from-the-gap');
  const frame = await launch(page, {
    core: { lesson_status: 'incomplete' },
    suspend_data: `1.k.${others.join(',')}`,
  });
  await answer(frame, 'from-the-gap', '0.123');
  const status = async () => {
    const cmi = (await cmiOf(page)) as {
      core: { lesson_status: string; exit: string; score: { raw: string } };
    };
    return [cmi.core.lesson_status, cmi.core.score.raw, cmi.core.exit];
  };
  await expect.poll(status).toEqual(['passed', '100', '']);
  await leave(page);
  await expect.poll(() => terminated(page)).toBe(true);
  await expect.poll(status).toEqual(['passed', '100', '']);
  await context.close();
});

test('unreadable suspend data starts the lesson fresh, without a notice', async ({ browser }) => {
  const { context, page, files } = await freshLms(browser, 'cross-entropy', '2004');
  const frame = await launch(page, { suspend_data: '{"not":"ours"}' });
  await expect(frame.getByRole('status', { name: 'Progress' })).toHaveText(
    `0 / ${questionsOf(files).length} solved`,
  );
  await answer(frame, 'friends-code', '1.737');
  await expect.poll(async () => (await cmiOf(page)).suspend_data).toMatch(/\.friends-code$/);
  await expect(frame.locator('[data-lms-problem]')).toHaveCount(0);
  await context.close();
});

test('SCORM 2004: one answer scores 100 / N and leaving the page suspends and terminates once', async ({
  browser,
}) => {
  const { context, page, files, missing } = await freshLms(browser, 'cross-entropy', '2004');
  const total = questionsOf(files).length;
  const frame = await launch(page);
  await answer(frame, 'friends-code', '1.737');
  await expect
    .poll(async () => {
      const cmi = (await cmiOf(page)) as { score: { raw: string; scaled: string } };
      return [Number(cmi.score.raw), Number(cmi.score.scaled)];
    })
    .toEqual([Math.round((100 / total) * 100) / 100, Math.round((1 / total) * 10_000) / 10_000]);
  await leave(page);
  await expect
    .poll(async () => [await terminated(page), (await cmiOf(page)).exit])
    .toEqual([true, 'suspend']);
  // Leaving never stamps a status the student has not earned.
  expect((await cmiOf(page)).success_status).toBe('unknown');
  expect(missing).toEqual([]);
  await context.close();
});

test('an LMS that refuses to save: the lesson still works and says progress may not be saved', async ({
  browser,
}) => {
  const { context, page } = await freshLms(browser, 'cross-entropy', '12', { refuse: true });
  const frame = await launch(page);
  await answer(frame, 'friends-code', '1.737');
  await expect(frame.getByRole('status', { name: 'Progress' })).toHaveText(/^1 \/ \d+ solved$/);
  await expect(frame.locator('[data-lms-problem]')).toContainText('may not be saved');
  await context.close();
});

test('without an LMS API the packaged lesson behaves as on the site', async ({ browser }) => {
  const { context, page, missing } = await freshLms(browser, 'cross-entropy', '12', { api: false });
  const frame = await launch(page);
  await answer(frame, 'friends-code', '1.737');
  await expect(frame.getByRole('status', { name: 'Progress' })).toHaveText(/^1 \/ \d+ solved$/);
  const stored = await frame.evaluate(() => localStorage.getItem('entropic:progress'));
  expect(stored).toContain('cross-entropy/friends-code');
  await expect(frame.locator('[data-lms-problem]')).toHaveCount(0);
  expect(missing).toEqual([]);
  await context.close();
});

test('a lesson’s Embed dialog links to both of its packages, and they download', async ({
  page,
  request,
}) => {
  await page.goto('/lessons/entropy/');
  await hydrateAllIslands(page);
  await page.locator('.lesson-header').getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: /^Embed “/ });
  for (const [name, file] of [
    ['SCORM 1.2', 'entropy-scorm12.zip'],
    ['SCORM 2004 (4th edition)', 'entropy-scorm2004.zip'],
  ]) {
    const link = dialog.getByRole('link', { name });
    await expect(link).toHaveAttribute('href', `/scorm/${file}`);
    const response = await request.get((await link.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    // A zip starts with its local file header signature, "PK\3\4".
    expect([...(await response.body()).subarray(0, 4)]).toEqual([0x50, 0x4b, 3, 4]);
  }
});
