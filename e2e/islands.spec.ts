import { expect, test, type Page } from '@playwright/test';
import { collectPageErrors } from './support/errors';
import { holdChunk } from './support/hold-chunk';
import { hydrateAllIslands } from './support/islands';

// Pages are prerendered HTML in which only islands (widgets, formulas, quizzes, the theme toggle
// and progress) hydrate, lesson widgets and quizzes only as the reader nears them; live
// formulas arrive typeset by KaTeX and change only their numbers. These tests check both ends:
// reading without JavaScript, and every widget working with it.

const lessons = [
  '/lessons/entropy/',
  '/lessons/cross-entropy/',
  '/lessons/kl-divergence/',
  '/lessons/forward-reverse-kl/',
  '/lessons/cross-entropy-in-practice/',
  '/lessons/mutual-information/',
];

const widgets = ['pq', 'kl', 'softmax', 'token', 'joint', 'split']
  .map((name) => `figure.${name}-widget`)
  .join(', ');

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a live formula is typeset with the widget’s numbers, and its text is its name', async ({
    page,
  }) => {
    await page.goto('/lessons/kl-divergence/');
    const formula = page.locator('.live-formula');
    await expect(formula).toHaveAttribute(
      'aria-label',
      'D(P‖Q) = 0.9 log₂(0.9/0.6) + 0.1 log₂(0.1/0.4) = 0.326 bits',
    );
    await expect(formula.locator('.katex')).toBeVisible();
    await expect(formula.locator('[data-shown]')).toContainText('0.326');
    // The other shapes wait unrendered in templates.
    await expect(formula.locator('template')).toHaveCount(20);
  });

  for (const lesson of lessons) {
    test(`${lesson} shows its widgets and questions to read`, async ({ page }) => {
      await page.goto(lesson);
      const figures = page.locator(widgets);
      expect(await figures.count()).toBeGreaterThan(0);
      for (const widget of await figures.all()) await expect(widget).toBeVisible();
      for (const question of await page.locator('[data-question]').all()) {
        await expect(question).toBeVisible();
        await expect(question.locator('.quiz-prompt')).not.toBeEmpty();
      }
    });
  }
});

test('a lesson hydrates only its chrome at load, and a widget once the reader nears it', async ({
  page,
}) => {
  await page.goto('/lessons/cross-entropy/');
  await expect(page.locator('entropic-island[data-island="LessonProgress"]')).toHaveAttribute(
    'data-hydrated',
  );
  const widget = page.locator('entropic-island[data-island="PQBars"]');
  await expect(widget).not.toHaveAttribute('data-hydrated');
  await widget.locator('figure').scrollIntoViewIfNeeded();
  await expect(widget).toHaveAttribute('data-hydrated');
  // Hydrating the widget (and the challenge right beside it) hydrated nothing far below it.
  await expect(
    page.locator('entropic-island[data-island="ChoiceQuestion"]').last(),
  ).not.toHaveAttribute('data-hydrated');
});

test('a page fetches no script before it is parsed or painted, then hydrates its chrome', async ({
  page,
}) => {
  await page.goto('/lessons/cross-entropy/');
  await expect(page.locator('entropic-island[data-island="LessonProgress"]')).toHaveAttribute(
    'data-hydrated',
  );
  const { parsed, painted, scriptsStarted } = await page.evaluate(() => ({
    parsed: performance.getEntriesByType('navigation')[0]!.toJSON().domContentLoadedEventStart,
    painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    scriptsStarted: performance
      .getEntriesByType('resource')
      .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
      .map((entry) => entry.startTime),
  }));
  expect(scriptsStarted.length).toBeGreaterThan(0);
  expect(Math.min(...scriptsStarted)).toBeGreaterThanOrEqual(Math.min(parsed, painted ?? parsed));
});

test('a page whose browser reports no paints starts its code once it is parsed', async ({
  page,
}) => {
  // As in a tab opened behind another, which paints nothing until it is shown.
  await page.addInitScript(() =>
    Object.defineProperty(PerformanceObserver, 'supportedEntryTypes', { get: () => [] }),
  );
  await page.goto('/lessons/cross-entropy/');
  await expect(page.locator('entropic-island[data-island="LessonProgress"]')).toHaveAttribute(
    'data-hydrated',
  );
});

test('a scroll made before the page’s code arrives still hydrates the widget it brought near', async ({
  page,
}) => {
  const release = await holdChunk(page, 'index');
  // The entry, held, holds the load event too.
  await page.goto('/lessons/cross-entropy/', { waitUntil: 'domcontentloaded' });
  const widget = page.locator('entropic-island[data-island="PQBars"]');
  await widget.locator('figure').scrollIntoViewIfNeeded();
  release();
  await expect(widget).toHaveAttribute('data-hydrated');
});

test('keys pressed on a bar before the widget’s code arrives move it once the code has', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const release = await holdChunk(page, 'PQBars');
  await page.goto('/lessons/cross-entropy/');
  const widget = page.locator('entropic-island[data-island="PQBars"]');
  const bar = widget.getByRole('slider', { name: 'Q(e)' });
  // A keyboard student tabs to the bar: focusing it starts the widget's code, which is held.
  // In view first, at once: focus alone would scroll it there smoothly, still moving below.
  await bar.evaluate((element) => element.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await bar.focus();
  const scrollY = () => page.evaluate(() => window.scrollY);
  const before = await scrollY();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(bar).toHaveAttribute('aria-valuenow', '0.9');
  // The keys were the bar's, not the page's: it did not scroll.
  expect(await scrollY()).toBe(before);
  release();
  await expect(widget).toHaveAttribute('data-hydrated');
  await expect(bar).toHaveAttribute('aria-valuenow', '0.88');
  await expect(widget.getByRole('slider', { name: 'Q(t)' })).toHaveAttribute(
    'aria-valuenow',
    '0.12',
  );
  // The presses were committed as they came up again: the change is announced.
  await expect(widget.locator('[aria-live="polite"]')).toContainText('H(P,Q)');
  // The formula below hydrates with the prerender's numbers, then follows the widget:
  // -0.5 log2 0.88 - 0.5 log2 0.12 = 0.0922 + 1.5294 = 1.622 bits.
  const formula = page.locator('entropic-island[data-island="LiveFormula"]').first();
  await formula.scrollIntoViewIfNeeded();
  await expect(formula).toHaveAttribute('data-hydrated');
  await expect(formula.getByRole('group')).toHaveAttribute(
    'aria-label',
    'H(P,Q) = −0.5 log₂ 0.88 − 0.5 log₂ 0.12 = 1.622 bits',
  );
  // Hydrating it after the replayed keys had changed the widget used to make React report
  // prerendered text that did not match (error 418).
  expect(errors).toEqual([]);
});

test('a key pressed before the code arrives reaches a widget its embed URL renders afresh', async ({
  page,
}) => {
  const release = await holdChunk(page, 'SoftmaxLoss');
  // Settings in the URL: the page replaces the prerendered widget instead of hydrating it.
  await page.goto('/embed/widgets/softmax/?logits=2,1,0.1&labels=cat,dog,bird&target=0&T=1');
  const cat = page.getByRole('slider', { name: 'logit(cat)' });
  await cat.focus();
  await page.keyboard.press('Shift+ArrowUp');
  release();
  await expect(page.locator('entropic-island')).toHaveAttribute('data-hydrated');
  // The press landed on the new slider (2 + 1 = 3), and the student's focus is there too.
  await expect(cat).toHaveAttribute('aria-valuenow', '3');
  await expect(cat).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(cat).toHaveAttribute('aria-valuenow', '2.9');
});

test('focusing a quiz far down the page hydrates it and everything above it', async ({ page }) => {
  await page.goto('/lessons/entropy/');
  await page.locator('[data-question="two-coins"] input').focus();
  await expect(
    page.locator('entropic-island[data-island="NumericQuestion"]').first(),
  ).toHaveAttribute('data-hydrated');
  await expect(page.locator('entropic-island[data-island="PQBars"]').first()).toHaveAttribute(
    'data-hydrated',
  );
});

for (const lesson of lessons) {
  test(`every widget on ${lesson} hydrates and follows the keys, without errors`, async ({
    page,
  }) => {
    const errors = collectPageErrors(page);
    await page.goto(lesson);
    await hydrateAllIslands(page);
    for (const widget of await page.locator(widgets).all()) {
      const slider = widget.getByRole('slider').first();
      const before = await slider.getAttribute('aria-valuenow');
      await slider.focus();
      await page.keyboard.press('ArrowDown');
      await expect(slider).not.toHaveAttribute('aria-valuenow', before!);
    }
    expect(errors).toEqual([]);
  });
}

test('a live formula takes another typeset shape when the unit changes, and comes back', async ({
  page,
}) => {
  await page.goto('/lessons/cross-entropy/');
  await hydrateAllIslands(page);
  const formula = page.locator('.live-formula');
  const shown = formula.locator('[data-shown]');
  await page.getByRole('radio', { name: 'nats' }).check();
  await expect(formula).toHaveAttribute(
    'aria-label',
    'H(P,Q) = −0.5 ln 0.9 − 0.5 ln 0.1 = 1.204 nats',
  );
  await expect(shown).toHaveAttribute('data-shape', 'crossEntropy-nats-2');
  await expect(shown).toContainText('ln');
  await expect(shown).toContainText('1.204');
  await page.getByRole('radio', { name: 'bits' }).check();
  await expect(shown).toHaveAttribute('data-shape', 'crossEntropy-bits-2');
  await expect(shown).toContainText('1.737');
});

test('an answer typed before its question hydrates is kept and graded', async ({ page }) => {
  // A student who jumps down to the quiz and types at once, before the question's code arrives.
  await page.goto('/lessons/kl-divergence/');
  const question = page.locator('[data-question="from-the-gap"]');
  await question.getByRole('textbox', { name: 'Answer' }).click();
  // D(P‖Q) for P = (0.7, 0.2, 0.1), Q = (0.5, 0.3, 0.2): 0.1228 bits by hand.
  await page.keyboard.type('0.123');
  await expect(
    page.locator('entropic-island[data-hydrated] [data-question="from-the-gap"]'),
  ).toHaveCount(1);
  await question.getByRole('button', { name: 'Check' }).click();
  await expect(question.getByRole('status')).toHaveAttribute('data-result', 'correct');
});

/**
 * Opens `lesson` on a slow connection: the code of `kind` questions is held back until the test
 * lets it go. Gives the question `id` and the function that lets its code through.
 */
async function withQuestionCodeHeld(page: Page, kind: string, lesson: string, id: string) {
  const release = await holdChunk(page, kind);
  await page.goto(lesson);
  return { question: page.locator(`[data-question="${id}"]`), release };
}

test('Check pressed before the question’s code arrives is graded once it has arrived', async ({
  page,
}) => {
  const { question, release } = await withQuestionCodeHeld(
    page,
    'NumericQuestion',
    '/lessons/kl-divergence/',
    'from-the-gap',
  );
  await question.getByRole('textbox', { name: 'Answer' }).fill('0.5');
  await question.getByRole('button', { name: 'Check' }).click();
  await page.keyboard.press('Enter');
  // A native submission would have reloaded the page as ?answer=0.5, empty and at the top.
  await expect(page).toHaveURL(/\/lessons\/kl-divergence\/$/);
  await expect(question.getByRole('status')).not.toHaveAttribute('data-result');
  release();
  await expect(question.getByRole('status')).toHaveAttribute('data-result', 'incorrect');
  await expect(question.getByRole('textbox', { name: 'Answer' })).toHaveValue('0.5');
  // Two presses while waiting (the button, then Enter) asked for one grade: a second wrong
  // attempt would have offered the worked solution.
  await expect(
    question.getByRole('button', { name: 'Show the worked solution' }),
  ).not.toBeVisible();
  await question.getByRole('textbox', { name: 'Answer' }).fill('0.123');
  await question.getByRole('button', { name: 'Check' }).click();
  await expect(question.getByRole('status')).toHaveAttribute('data-result', 'correct');
});

test('an option picked before the question’s code arrives stays picked and is graded', async ({
  page,
}) => {
  const { question, release } = await withQuestionCodeHeld(
    page,
    'ChoiceQuestion',
    '/lessons/entropy/',
    'most-uncertain',
  );
  // The second option, (0.4, 0.3, 0.3), is the right one.
  const option = question.getByRole('radio').nth(1);
  await option.check();
  await question.getByRole('button', { name: 'Check' }).click();
  release();
  await expect(question.getByRole('status')).toHaveAttribute('data-result', 'correct');
  await expect(option).toBeChecked();
});

test('a seeded question’s early Check is not graded against the numbers it then shows', async ({
  page,
}) => {
  const { question, release } = await withQuestionCodeHeld(
    page,
    'NumericQuestion',
    '/lessons/entropy/',
    'die-in-nats',
  );
  await question.getByRole('textbox', { name: 'Answer' }).fill('1.5');
  await question.getByRole('button', { name: 'Check' }).click();
  release();
  await expect(
    page.locator('entropic-island[data-hydrated] [data-question="die-in-nats"]'),
  ).toHaveCount(1);
  // The student's own numbers are showing now; the answer waits for a press made for them.
  await expect(question.locator('.quiz-seed')).toBeVisible();
  await expect(question.getByRole('status')).not.toHaveAttribute('data-result');
  await expect(question.getByRole('textbox', { name: 'Answer' })).toHaveValue('1.5');
});

test('islands hydrate in document order, even when an earlier one’s code arrives last', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  // The widget's code comes slowly; the live formula below it reads the widget's state, so it
  // must not hydrate first (it would render without the widget's numbers, unlike its prerender).
  await page.route(/\/assets\/PQBars-[\w-]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  await page.goto('/lessons/cross-entropy/');
  // The reader scrolls to the widget, then on past the formula, before the widget's code is in.
  await page.evaluate(async () => {
    for (const selector of ['figure.pq-widget', '.live-formula']) {
      document.querySelector(selector)!.scrollIntoView();
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  });
  for (const island of ['PQBars', 'LiveFormula']) {
    await expect(page.locator(`entropic-island[data-island="${island}"]`)).toHaveAttribute(
      'data-hydrated',
    );
  }
  expect(errors).toEqual([]);
});

test('a widget’s chunks are all requested as it starts loading, not one import level at a time', async ({
  page,
}) => {
  // Hold back the widget's own chunk: the chunks it imports must be on their way regardless,
  // because the page lists them (scripts/page-assets.mjs) and preloads them together.
  const release = await holdChunk(page, 'PQBars');
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/lessons/cross-entropy/');
  await page.locator('figure.pq-widget').scrollIntoViewIfNeeded();
  // The grip every bar widget imports (BarGrip) is fetched while PQBars is still held.
  await expect.poll(() => requested.some((path) => /\/assets\/BarGrip-/.test(path))).toBe(true);
  release();
  await expect(page.locator('entropic-island[data-island="PQBars"]')).toHaveAttribute(
    'data-hydrated',
  );
});

test('a quiz whose code cannot be fetched says so and stays readable, and the others hydrate', async ({
  page,
}) => {
  await page.route(/\/assets\/ChoiceQuestion-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('/lessons/entropy/');
  // Focusing the widget after the quizzes hydrates it and every island above it, in one batch.
  const lastWidget = page.locator('entropic-island[data-island="PQBars"]').last();
  await lastWidget.getByRole('slider').first().focus();
  await expect(lastWidget).toHaveAttribute('data-hydrated');
  await expect(
    page.locator('entropic-island[data-island="NumericQuestion"][data-hydrated]'),
  ).toHaveCount(4);
  const choice = page.locator('entropic-island[data-island="ChoiceQuestion"]').first();
  await expect(choice.locator('.widget-notices')).toHaveText(/could not load/);
  await expect(choice).not.toHaveAttribute('data-hydrated');
  await expect(choice.getByRole('checkbox').first()).toBeVisible();
});

test('a phone lays out a lesson’s sections once the page is idle, so measurements are exact', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/lessons/kl-divergence/');
  const sections = page.locator('.lesson-body > section');
  expect(await sections.count()).toBeGreaterThan(10);
  // Off-screen sections skip layout while the page loads (lesson.css), then all are laid out,
  // in slices: each section opened, then its blocks one by one.
  await expect(page.locator('.lesson-body > section:not(.is-laid-out)')).toHaveCount(0, {
    timeout: 15_000,
  });
  await expect(page.locator('.lesson-body [data-pending]')).toHaveCount(0, { timeout: 15_000 });
  const skipping = await page
    .locator('.lesson-body *')
    .evaluateAll((all) => all.filter((s) => getComputedStyle(s).contentVisibility === 'auto'));
  expect(skipping).toHaveLength(0);
});
