import { expect, test } from '@playwright/test';

const html = (page: import('@playwright/test').Page) => page.locator('html');

test('the theme follows the system until the student picks one', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
});

test('the toggle switches the theme, and the choice survives a reload and other pages', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/lessons/entropy/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBackground = await page.evaluate(
    () => getComputedStyle(document.body).backgroundColor,
  );

  await toggle.click();
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBackground).not.toBe(lightBackground);

  await page.reload();
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await page.goto('/');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  // The system preference no longer decides once the student has chosen.
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');

  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
});

test('a corrupt stored setting falls back to the system theme', async ({ page }) => {
  await page.addInitScript(() =>
    localStorage.setItem('entropic:settings', '{"state":{"theme":"purple"'),
  );
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/');
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('an embedded page, which has no toggle, follows the system while it is open', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/embed/lessons/entropy/');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveCount(0);
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html(page)).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html(page)).toHaveAttribute('data-theme', 'light');
});

// A sideways scroller hides its edge shadows with covers painted in --scroll-bg; on a box of
// another colour (a widget, a derivation) the covers show as bands and the shadows stay even
// when everything fits.
for (const scheme of ['light', 'dark'] as const) {
  test(`sideways scrollers' covers are the colour they sit on (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const route of ['/lessons/kl-divergence/', '/lessons/mutual-information/']) {
      await page.goto(route);
      const mismatches = await page.evaluate(() =>
        [...document.querySelectorAll('.pq-terms-scroll, .live-formula, .katex-display')].flatMap(
          (scroller) => {
            const probe = document.createElement('span');
            probe.style.color = 'var(--scroll-bg)';
            scroller.append(probe);
            const cover = getComputedStyle(probe).color;
            probe.remove();
            let box = scroller.parentElement!;
            while (getComputedStyle(box).backgroundColor === 'rgba(0, 0, 0, 0)')
              box = box.parentElement!;
            const behind = getComputedStyle(box).backgroundColor;
            return cover === behind ? [] : [`${scroller.className} in ${box.className}`];
          },
        ),
      );
      expect(mismatches, route).toEqual([]);
    }
  });
}
