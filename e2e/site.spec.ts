import { expect, test, type Locator } from '@playwright/test';
import { collectPageErrors } from './support/errors';
import { hydrateAllIslands } from './support/islands';
import { builtRoutes } from './support/routes';

// Every page the build made (a new lesson, widget or page is covered without editing a list).
const routes = builtRoutes();
const lessons = routes.filter((route) => route.startsWith('/lessons/'));

/** A slider's value as assistive technology reads it. */
const valueOf = async (slider: Locator) =>
  `${await slider.getAttribute('aria-valuenow')} ${await slider.getAttribute('aria-valuetext')}`;

for (const route of routes) {
  test(`${route} hydrates without an error, and its sliders answer the arrow keys`, async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const errors = collectPageErrors(page);
    await page.goto(route);
    await hydrateAllIslands(page);
    const sliders = page.locator('[role="slider"]:not([aria-disabled="true"])');
    for (const slider of await sliders.all()) {
      if (!(await slider.isVisible())) continue; // inside a closed disclosure
      await slider.focus();
      const before = await valueOf(slider);
      // A slider at its top cannot go up: then it must go down.
      await slider.press('ArrowRight');
      if ((await valueOf(slider)) === before) await slider.press('ArrowLeft');
      const label = (await slider.getAttribute('aria-label')) ?? (await slider.textContent());
      expect(await valueOf(slider), `${label} on ${route}`).not.toBe(before);
    }
    expect(errors).toEqual([]);
  });
}

// The narrowest phone in common use: the header's links, the widgets and the prose all fit.
for (const route of [...lessons, '/', '/playground/']) {
  test(`${route} has no sideways scrolling on a 320 px phone`, async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(route);
    await hydrateAllIslands(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
}
