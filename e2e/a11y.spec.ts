import { test } from '@playwright/test';
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
      await expectNoAxeViolations(page);
    });
  }
}
