import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The rules whose outcome depends on colours: all that a second colour scheme can change. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe with the WCAG 2.1 A/AA and best-practice rules and expects no violations. In the dark
 * scheme only the colour rules run: names, roles and structure are the same in both schemes and
 * are checked in light (the rest would double a check that takes seconds on a long lesson).
 */
export async function expectNoAxeViolations(page: Page, scheme: 'light' | 'dark' = 'light') {
  const axe = new AxeBuilder({ page });
  const results = await (
    scheme === 'dark'
      ? axe.withRules(COLOUR_RULES)
      : axe.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
  ).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
  );
  expect(summary).toEqual([]);
}
