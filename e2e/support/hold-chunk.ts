import type { Page } from '@playwright/test';

/**
 * Holds back the built chunk named `name` until the returned function lets it go: a test can
 * then act while the code is still on its way, however slow or fast the machine is.
 */
export async function holdChunk(page: Page, name: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(new RegExp(`/assets/${name}-[\\w-]+\\.js$`), async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
