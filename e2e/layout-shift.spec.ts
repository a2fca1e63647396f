import { expect, test, type Page } from '@playwright/test';
import { builtRoutes } from './support/routes';

// Nothing on a page moves while it loads: fonts arriving late, islands hydrating, sections
// being laid out. A phone, where lines wrap most and a title's extra line moves everything.
// The sum of the shifts stays under 0.001, so Lighthouse reports 0.000.
test.use({ viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true });

// Not the formula sheet: it is all formulas, and KaTeX's own fonts (font-display: block) move
// them by a fraction of a pixel as they arrive, more on a busy machine (issue 11 note).
const pages = builtRoutes().filter((r) => !r.startsWith('/embed/') && r !== '/formulas/');

interface Shift {
  value: number;
  moved: string;
}

/** Keeps every layout shift the page reports from its start, with what moved. */
async function recordShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: { value: number; moved: string }[] = [];
    Object.assign(window, { shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node?: Node }[];
      })[]) {
        const moved = entry.sources.map((s) => (s.node as Element | undefined)?.outerHTML);
        shifts.push({ value: entry.value, moved: moved.map((html) => html?.slice(0, 80)).join() });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The sum of the shifts so far must stay under 0.001; the failure lists them. */
async function expectNoShift(page: Page): Promise<void> {
  const shifts = await page.evaluate(() => (window as unknown as { shifts: Shift[] }).shifts);
  const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
  expect(total, JSON.stringify(shifts, null, 1)).toBeLessThan(0.001);
}

for (const route of pages) {
  test(`${route} loads without a layout shift`, async ({ page }) => {
    await recordShifts(page);
    await page.goto(route, { waitUntil: 'networkidle' });
    // The fonts, the islands at load and the first idle sections have had their time.
    await page.waitForTimeout(1500);
    await expectNoShift(page);
  });
}

// The prose face is met before the first paint, once: declared in the head and preloaded, not
// again in the stylesheet that arrives later, whose own copy would load after the first paint
// and swap in (scripts/text-faces.mjs).
test('the prose face is declared once, in the head, and preloaded', async ({ page }) => {
  await page.goto('/', { waitUntil: 'networkidle' });
  const faces = await page.evaluate(() =>
    [...document.styleSheets].flatMap((sheet) =>
      [...sheet.cssRules]
        .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule)
        .filter((rule) => /Entropic Serif/.test(rule.style.getPropertyValue('font-family')))
        .filter((rule) => rule.style.getPropertyValue('font-style') === 'normal')
        .filter((rule) => rule.style.getPropertyValue('font-weight') === '400')
        .map((rule) => ({
          inHead: sheet.ownerNode?.parentNode === document.head && !sheet.href,
          src: /url\("?([^")]+)"?\)/.exec(rule.style.getPropertyValue('src'))![1]!,
        })),
    ),
  );
  expect(faces).toHaveLength(1);
  expect(faces[0]!.inHead).toBe(true);
  const preload = page.locator('head link[rel="preload"][as="font"]');
  await expect(preload).toHaveCount(1);
  expect(new URL(faces[0]!.src, page.url()).href).toBe(
    new URL((await preload.getAttribute('href'))!, page.url()).href,
  );
});

// On a slow connection the serif may come late: within its 100 ms block period after the first
// paint (it is then used, and must not move anything), or long after (it is then not used).
for (const delay of [150, 1500]) {
  test(`with the serif ${delay} ms late, the home page does not shift`, async ({ page }) => {
    await page.route(/KaTeX_Main-Regular[^/]*\.woff2$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, delay));
      await route.continue();
    });
    await recordShifts(page);
    await page.goto('/', { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    await expectNoShift(page);
  });
}
