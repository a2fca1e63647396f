import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './support/errors';
import { hydrateAllIslands } from './support/islands';

const entropy = '/lessons/entropy/';
const crossEntropy = '/lessons/cross-entropy/';

test('the home page lists the lessons in order, with titles and summaries', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Entropic/);
  const cards = page.locator('.lesson-list > li');
  await expect(cards.last().getByRole('link')).toHaveText(
    'Mutual information and information gain',
  );
  await expect(cards.nth(0).getByRole('link')).toHaveText(
    'Entropy: how uncertain is a distribution?',
  );
  await expect(cards.nth(1).getByRole('link')).toHaveText(/^Cross-entropy/);
  await expect(cards.nth(2).getByRole('link')).toHaveText(/^KL divergence/);
  await expect(cards.nth(3).getByRole('link')).toHaveText(/^Forward vs reverse KL/);
  await expect(cards.nth(4).getByRole('link')).toHaveText(/^Cross-entropy in practice/);
  await expect(cards.nth(0)).toContainText('15 min read');
  await expect(cards.nth(0).locator('p.lesson-meta').first()).not.toContainText('after');
  await expect(cards.nth(1).locator('p.lesson-meta').first()).toContainText('after lesson 1');
  await expect(page.getByRole('link', { name: 'the formula sheet' })).toHaveAttribute(
    'href',
    '/formulas/',
  );
  await cards.nth(0).getByRole('link').click();
  await expect(page).toHaveURL(entropy);
});

test('a lesson arrives prerendered: text, typeset formulas and computed numbers in the HTML', async ({
  request,
}) => {
  const response = await request.get(entropy);
  expect(response.status()).toBe(200);
  const html = await response.text();
  expect(html).toContain('<title>Entropy: how uncertain is a distribution? · Entropic</title>');
  expect(html).toMatch(
    /<meta name="description" content="Measure the uncertainty of a distribution/,
  );
  expect(html).toContain('class="katex"');
  expect(html).toContain('class="katex-display"');
  // Numbers come from src/metrics at build time: H(fair coin) = 1 bit, H(0.99, 0.01) = 0.081 bits.
  expect(html).toContain('1.000 bits');
  expect(html).toContain('0.081 bits');
  expect(html).toContain('0.693 nats');
  // Uniform over 8 outcomes: 3 bits; over 256: 8 bits.
  expect(html).toContain('3.000 bits');
  expect(html).toContain('8.000 bits');
  // Pages ship KaTeX's CSS, not its JavaScript.
  expect(html).not.toMatch(/katex[^"]*\.js/);
});

test('prose formulas wear KaTeX’s stylesheet: a subscript is set smaller than what it follows', async ({
  page,
}) => {
  // Typeset at build by one KaTeX and styled by another's CSS, the classes no longer matched:
  // log₂ came out with a full-size 2 and ≠ as “/=”.
  await page.goto(entropy);
  const formula = page
    .locator('.katex')
    .filter({ has: page.locator('annotation', { hasText: /^-\\log_2 p$/ }) })
    .first();
  const sizeOf = (text: string) =>
    formula
      .locator('.katex-html span', { hasText: new RegExp(`^${text}$`) })
      .last()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await sizeOf('2')).toBeLessThan(0.8 * (await sizeOf('log')));
});

test('a full stop right after a formula never starts a line, at any width', async ({ page }) => {
  // Chromium may break right after a formula even with no space there: this option once ended
  // “… than X” with its full stop alone on the next line.
  await page.goto('/lessons/mutual-information/');
  const option = page.getByText('has many more values than', { exact: false });
  const widths = await option.evaluate((label) => {
    const stop = label.lastChild as Text;
    const formulas = label.querySelectorAll('.katex-html');
    const formula = formulas[formulas.length - 1]!;
    const orphaned: number[] = [];
    for (let width = 120; width <= 700; width += 2) {
      label.style.display = 'inline-block';
      label.style.width = `${width}px`;
      const range = document.createRange();
      range.setStart(stop, 0);
      range.setEnd(stop, 1);
      if (range.getBoundingClientRect().top >= formula.getBoundingClientRect().bottom)
        orphaned.push(width);
    }
    return { orphaned, stop: stop.data };
  });
  expect(widths).toEqual({ orphaned: [], stop: '.' });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the lesson reads fully: headings, formulas and numbers are all there', async ({ page }) => {
    await page.goto(entropy);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Entropy: how uncertain is a distribution?',
    );
    await expect(page.getByRole('heading', { name: 'The definition' })).toBeVisible();
    await expect(page.locator('.katex-display').first()).toBeVisible();
    await expect(page.locator('.metric').first()).toHaveText('1.000 bits');
    // Without scripts there is nothing to toggle, so the toggle is hidden.
    await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
  });
});

/**
 * The page's text, less the parts of seeded quiz questions (`data-variant`): those show each
 * student's own numbers once stored progress is read, after hydration, by design.
 */
async function textWithoutVariants(page: Page) {
  return page.locator('#root').evaluate((root) => {
    const copy = root.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('[data-variant]').forEach((el) => el.remove());
    return copy.textContent;
  });
}

test('hydration keeps the prerendered page as it was, without errors', async ({
  page,
  browser,
}) => {
  const errors = collectPageErrors(page);
  const staticContext = await browser.newContext({ javaScriptEnabled: false });
  const staticPage = await staticContext.newPage();
  await staticPage.goto(entropy);
  const prerendered = await textWithoutVariants(staticPage);
  await staticContext.close();

  await page.goto(entropy);
  // The toggle becomes visible only once the theme script has run: a sign scripts are live.
  await expect(page.getByRole('button', { name: 'Dark theme' })).toBeVisible();
  await hydrateAllIslands(page);
  await page.waitForLoadState('networkidle');
  expect(await textWithoutVariants(page)).toBe(prerendered);
  expect(errors).toEqual([]);
});

test('next and previous links walk through the lessons in order', async ({ page }) => {
  await page.goto(entropy);
  const lessonNav = page.getByRole('navigation', { name: 'Lessons' });
  await expect(lessonNav.getByRole('link', { name: /Previous/ })).toHaveCount(0);
  await lessonNav.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(crossEntropy);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Cross-entropy/);
  await lessonNav.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL('/lessons/kl-divergence/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^KL divergence/);
  await lessonNav.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL('/lessons/forward-reverse-kl/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Forward vs reverse KL/);
  // Later lessons follow until the last, lesson 6, which has no Next.
  while (!page.url().endsWith('/lessons/mutual-information/')) {
    const from = page.url();
    await lessonNav.getByRole('link', { name: /Next/ }).click();
    await expect(page).not.toHaveURL(from);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Mutual information/);
  await expect(lessonNav.getByRole('link', { name: /Next/ })).toHaveCount(0);
  await lessonNav.getByRole('link', { name: /Previous/ }).click();
  await expect(page).not.toHaveURL('/lessons/mutual-information/');
});

test('the table of contents links to each section', async ({ page }) => {
  await page.goto(entropy);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.getByRole('link')).toHaveText([
    'What this page is for',
    'Why it matters',
    'What you need first',
    'Intuition: peaked or spread out',
    'Try it',
    'The definition',
    'Why the logarithm',
    'Why the uniform distribution is the most uncertain',
    'A worked example',
    'Entropy as a code length',
    'Computation lens',
    'Application lens',
    'Quiz',
    'Stop here',
    'Go deeper',
  ]);
  await toc.getByRole('link', { name: 'A worked example' }).click();
  await expect(page).toHaveURL(`${entropy}#a-worked-example`);
  await expect(page.getByRole('heading', { name: 'A worked example' })).toBeInViewport();
});

test('the embedded lesson has the lesson without the site chrome', async ({ page }) => {
  await page.goto('/embed/lessons/entropy/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Entropy/);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  const next = page
    .getByRole('navigation', { name: 'Lessons' })
    .getByRole('link', { name: /Next/ });
  await expect(next).toHaveAttribute('href', '/embed/lessons/cross-entropy/');
});

test('a missing page gets the 404 page with a way back', async ({ page, request }) => {
  expect((await request.get('/no/such/page/')).status()).toBe(404);
  await page.goto('/404.html');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await page.getByRole('link', { name: 'See all lessons' }).click();
  await expect(page).toHaveURL('/');
});

test('robots.txt and the favicon are served', async ({ request }) => {
  expect(await (await request.get('/robots.txt')).text()).toContain('User-agent: *');
  const icon = await request.get('/favicon.svg');
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
});

test('a phone-sized screen (320 px) shows the lesson without sideways scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(entropy);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
});
