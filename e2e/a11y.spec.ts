import { test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { hydrateAllIslands } from './support/islands';

const pages = [
  '/',
  '/lessons/entropy/',
  '/lessons/cross-entropy/',
  '/lessons/kl-divergence/',
  '/embed/lessons/entropy/',
  '/embed/widgets/pq/',
  '/lessons/forward-reverse-kl/',
  '/embed/widgets/kl-explorer/',
  '/lessons/cross-entropy-in-practice/',
  '/embed/widgets/softmax/?teacher=3,1,0.2&eps=0.1',
  '/embed/widgets/perplexity/',
  '/404.html',
];

for (const colorScheme of ['light', 'dark'] as const) {
  for (const path of pages) {
    test(`axe finds nothing on ${path} (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await hydrateAllIslands(page);
      await expectNoAxeViolations(page);
    });
  }
}
