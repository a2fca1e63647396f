import type { Page } from '@playwright/test';

/**
 * Collects console errors and uncaught exceptions (hydration mismatches land here), so a
 * test can expect the list to stay empty.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
