import { expect, type Page } from '@playwright/test';

/**
 * Lesson widgets and quizzes hydrate as the reader nears them (src/app/islands). Scrolling to
 * the last island hydrates it and every island above it; this waits until all have, so a test
 * acts on a page as a student who has scrolled through it finds it.
 */
export async function hydrateAllIslands(page: Page): Promise<void> {
  const islands = page.locator('entropic-island');
  if ((await islands.count()) > 0) {
    await islands
      .last()
      .evaluate((island) => (island.firstElementChild ?? island).scrollIntoView());
  }
  await expect(page.locator('entropic-island:not([data-hydrated])')).toHaveCount(0);
}
