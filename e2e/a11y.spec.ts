import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { hydrateAllIslands } from './support/islands';
import { builtRoutes } from './support/routes';

// Every page the build made, so a new lesson or widget is checked without editing a list.
const pages = builtRoutes();

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`axe finds nothing on ${path} (${colorScheme})`, async ({ page }) => {
      // A long lesson is read through (every island hydrated) before axe checks it.
      test.setTimeout(60_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await hydrateAllIslands(page);
      await expectNoAxeViolations(page, colorScheme);
    });
  }
}

// Formulas are read from KaTeX's MathML copy, which is hidden from sight, so nothing on screen
// shows if it drops out of the accessibility tree (content-visibility on a hidden box does
// that). On a phone, where lesson sections skip layout at load, every formula is exposed once
// the page has laid them out, except those inside a closed disclosure.
for (const path of pages.filter((route) => route.startsWith('/lessons/'))) {
  test(`every formula on ${path} reaches the accessibility tree`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(path);
    await expect(
      page.locator('.lesson-body [data-pending], .lesson-body > section:not(.is-laid-out)'),
    ).toHaveCount(0, { timeout: 15_000 });
    const expected = await page
      .locator('.katex-mathml math')
      .evaluateAll(
        (all) => all.filter((m) => !m.closest('[aria-hidden="true"], details:not([open])')).length,
      );
    expect(expected).toBeGreaterThan(10);
    const cdp = await page.context().newCDPSession(page);
    await expect
      .poll(async () => {
        const { nodes } = await cdp.send('Accessibility.getFullAXTree');
        return nodes.filter((node) => node.role?.value === 'MathMLMath' && !node.ignored).length;
      })
      .toBe(expected);
  });
}
