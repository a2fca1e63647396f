import { expect, test, type Page } from '@playwright/test';
import { crossEntropy, entropy, klDivergence } from '../src/metrics';
import { expectNoAxeViolations } from './support/axe';
import { collectPageErrors } from './support/errors';
import { hydrateAllIslands } from './support/islands';

const lesson = '/lessons/cross-entropy/';
const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);
const feedback = (page: Page, id: string) => question(page, id).getByRole('status');

/** The distributions a question's given line states, "P = (0.3, 0.7), Q = (...)". */
async function givenDistributions(page: Page, id: string): Promise<number[][]> {
  const text = await question(page, id).locator('.quiz-given').innerText();
  return [...text.matchAll(/[PQ] = \(([^)]*)\)/g)].map((m) => m[1]!.split(', ').map(Number));
}

async function choose(page: Page, id: string, name: RegExp) {
  const q = question(page, id);
  await q.getByRole('radio', { name }).check();
  await q.getByRole('button', { name: 'Check' }).click();
}

async function answer(page: Page, id: string, text: string) {
  const q = question(page, id);
  await q.getByRole('textbox', { name: 'Answer' }).fill(text);
  await q.getByRole('button', { name: 'Check' }).click();
}

/** Waits until the quizzes have hydrated and stored progress has been read. */
async function waitForHydration(page: Page) {
  await hydrateAllIslands(page);
  await expect(page.locator('html')).toHaveAttribute('data-progress-loaded', 'true');
}

test.beforeEach(async ({ page }) => {
  await page.goto(lesson);
  await waitForHydration(page);
});

test('H(P,Q) for P = (0.5, 0.5), Q = (0.8, 0.2): unreadable, imprecise, a slip, then right', async ({
  page,
}) => {
  const errors = collectPageErrors(page);
  const group = page.getByRole('group', { name: /friend’s code assumes Q/ });
  await expect(group).toContainText('P = (0.5, 0.5), Q = (0.8, 0.2)');

  await answer(page, 'friends-code', 'one point three');
  await expect(feedback(page, 'friends-code')).toHaveAttribute('data-result', 'invalid');
  await expect(feedback(page, 'friends-code')).toContainText("Couldn't read that");

  await answer(page, 'friends-code', '1,32');
  await expect(feedback(page, 'friends-code')).toHaveAttribute('data-result', 'format');
  await expect(feedback(page, 'friends-code')).toContainText('give it to 3 decimals');

  // H(P) = 1 bit: the entropy where the cross-entropy was asked.
  await answer(page, 'friends-code', '= 1.000 bits');
  await expect(feedback(page, 'friends-code')).toHaveAttribute('data-result', 'incorrect');
  await expect(feedback(page, 'friends-code')).toContainText('That is H(P)');

  // By hand: 0.5·log2(1/0.8) + 0.5·log2(1/0.2) = 0.5·0.3219 + 0.5·2.3219 = 1.3219 bits, and
  // the same sum with ln is 1.3219 · ln 2 = 0.9163 nats.
  await answer(page, 'friends-code', '0.916');
  await expect(feedback(page, 'friends-code')).toContainText('natural log');

  // Just outside the precision asked: a rounding problem, said as such.
  await answer(page, 'friends-code', '1.325');
  await expect(feedback(page, 'friends-code')).toContainText('Close: check your rounding');

  await expect(page.getByRole('status', { name: 'Progress' })).toHaveText('0 / 8 solved');
  await answer(page, 'friends-code', '1.322');
  await expect(feedback(page, 'friends-code')).toHaveAttribute('data-result', 'correct');
  await expect(feedback(page, 'friends-code')).toHaveText('Correct: H(P,Q) = 1.322 bits.');
  await expect(page.getByRole('status', { name: 'Progress' })).toHaveText('1 / 8 solved');
  // The worked solution, typeset by KaTeX once it has loaded.
  const solution = question(page, 'friends-code').locator('.quiz-solution');
  await expect(solution.locator('.katex')).toBeVisible();
  await expect(solution).toContainText('1.322');
  expect(errors).toEqual([]);
});

test('hints one at a time; the worked solution on request after two tries', async ({ page }) => {
  const q = question(page, 'one-hot');
  await q.getByRole('button', { name: 'Show a hint (1 of 2)' }).click();
  await expect(q.getByRole('listitem')).toHaveCount(1);
  await q.getByRole('button', { name: 'Show another hint (2 of 2)' }).click();
  await expect(q.getByRole('listitem')).toHaveCount(2);
  await expect(q.getByRole('button', { name: /hint/ })).toHaveCount(0);

  await answer(page, 'one-hot', '2');
  await expect(q.getByRole('button', { name: 'Show the worked solution' })).toHaveCount(0);
  await answer(page, 'one-hot', '3');
  await q.getByRole('button', { name: 'Show the worked solution' }).click();
  // -ln 0.7 = 0.357 nats.
  await expect(q.locator('.quiz-solution')).toContainText('0.357');
});

test('multiple choice gives feedback for the option chosen', async ({ page }) => {
  const q = question(page, 'zero-probability');
  await q.getByRole('radio', { name: /unchanged/ }).check();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(page, 'zero-probability')).toHaveAttribute('data-result', 'incorrect');
  await expect(feedback(page, 'zero-probability')).toContainText('Terms are left out only when');
  await expect(feedback(page, 'zero-probability').locator('.katex')).toHaveCount(3);
  await q.getByRole('radio', { name: 'It is infinite.' }).check();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(page, 'zero-probability')).toHaveAttribute('data-result', 'correct');
});

test('options that are code read as code, and grade like any other', async ({ page }) => {
  await page.goto('/lessons/cross-entropy-in-practice/');
  await waitForHydration(page);
  const q = question(page, 'kl-div-arguments');
  await expect(q.locator('.quiz-choice code')).toHaveCount(3);
  await expect(q.locator('.quiz-choice code').first()).toHaveText(
    'F.kl_div(F.log_softmax(student, dim=1), F.softmax(teacher, dim=1), reduction="batchmean")',
  );
  await choose(page, 'kl-div-arguments', /^F\.kl_div\(F\.softmax\(teacher/);
  await expect(feedback(page, 'kl-div-arguments')).toHaveAttribute('data-result', 'incorrect');
  await choose(page, 'kl-div-arguments', /^F\.kl_div\(F\.log_softmax\(student/);
  await expect(feedback(page, 'kl-div-arguments')).toHaveAttribute('data-result', 'correct');
});

test('several right answers: all of them, and only them', async ({ page }) => {
  await page.goto('/lessons/entropy/');
  await waitForHydration(page);
  const q = question(page, 'confident-model');
  await q.getByRole('checkbox', { name: /confident/ }).check();
  await q.getByRole('checkbox', { name: /prediction is right/ }).check();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(page, 'confident-model')).toHaveAttribute('data-result', 'incorrect');
  await expect(feedback(page, 'confident-model')).toContainText(
    '“The prediction is right.” No: entropy looks only at the predicted probabilities',
  );
  await q.getByRole('checkbox', { name: /prediction is right/ }).uncheck();
  await q.getByRole('checkbox', { name: /few bits/ }).check();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(page, 'confident-model')).toHaveAttribute('data-result', 'correct');
  await expect(page.getByRole('status', { name: 'Progress' })).toHaveText('1 / 7 solved');
});

test('the challenge is graded when the drag ends, not during it', async ({ page }) => {
  const bar = page.getByRole('slider', { name: 'Q(e)', exact: true });
  const status = feedback(page, 'close-the-gap');
  await bar.scrollIntoViewIfNeeded();
  const box = (await bar.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.15);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.5, { steps: 10 });
  // Q(e) is near 0.5 now, but the student has not let go: nothing is graded yet.
  await expect(bar).toHaveAttribute('aria-valuenow', /^0\.[45]/);
  await expect(status).not.toHaveAttribute('data-result', 'correct');
  await page.mouse.up();
  await expect(status).toHaveAttribute('data-result', 'correct');
  await expect(question(page, 'close-the-gap')).toContainText('Solved');
});

test('a challenge committed away from the goal says "not yet"', async ({ page }) => {
  const bar = page.getByRole('slider', { name: 'Q(e)', exact: true });
  await bar.focus();
  await page.keyboard.press('ArrowUp');
  // Q = (0.91, 0.09): D(P||Q) is about 0.8 bits, far from the goal.
  await expect(feedback(page, 'close-the-gap')).toHaveAttribute('data-result', 'incorrect');
  await expect(feedback(page, 'close-the-gap')).toContainText('Not yet');
});

test('?seed=N shows the same variant to anyone, and the key matches it', async ({ browser }) => {
  const texts: string[] = [];
  for (let i = 0; i < 2; i++) {
    // A fresh context each time: a different student with a different stored seed.
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${lesson}?seed=42`);
    await waitForHydration(page);
    await expect(question(page, 'your-pair').locator('[data-seed]')).toHaveAttribute(
      'data-seed',
      '42',
    );
    texts.push(await question(page, 'your-pair').locator('.quiz-given').innerText());
    if (i === 1) {
      const [p, q] = [...texts[1]!.matchAll(/\(([^)]*)\)/g)].map((m) =>
        m[1]!.split(', ').map(Number),
      );
      await answer(page, 'your-pair', crossEntropy(p!, q!, 'bits').toFixed(3));
      await expect(feedback(page, 'your-pair')).toHaveAttribute('data-result', 'correct');
    }
    await context.close();
  }
  expect(texts[1]).toBe(texts[0]);
});

test("a student's own variant stays the same across reloads", async ({ page }) => {
  const given = question(page, 'your-pair').locator('.quiz-given');
  await expect(question(page, 'your-pair')).toContainText('Your own numbers');
  // Students never see the seed itself.
  await expect(question(page, 'your-pair')).not.toContainText(/seed/i);
  const before = await given.innerText();
  await page.reload();
  await waitForHydration(page);
  await expect(question(page, 'your-pair')).toContainText('Your own numbers');
  expect(await given.innerText()).toBe(before);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on answered questions (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await answer(page, 'friends-code', '1.322');
    await answer(page, 'matched-code', '0.5');
    await question(page, 'one-hot')
      .getByRole('button', { name: /Show a hint/ })
      .click();
    await expect(question(page, 'friends-code').locator('.katex').first()).toBeVisible();
    await expectNoAxeViolations(page, colorScheme);
  });
}

test('math in choice options is typeset like the prose, and readable by name', async ({ page }) => {
  await page.goto('/lessons/kl-divergence/');
  await waitForHydration(page);
  const q = question(page, 'kl-facts');
  await expect(q.locator('.quiz-choice .katex').first()).toBeVisible();
  await q.getByRole('checkbox', { name: /is never negative/ }).check();
  await q.getByRole('checkbox', { name: /exactly when/ }).check();
  await q.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(page, 'kl-facts')).toHaveAttribute('data-result', 'correct');
  // The notes quote each chosen option, math included.
  await expect(feedback(page, 'kl-facts').locator('.katex').first()).toBeVisible();
});

test('lesson 1: each kind of question is answered right, worked solutions included', async ({
  page,
}) => {
  await page.goto('/lessons/entropy/?seed=7');
  await waitForHydration(page);
  // A fair coin and a 0.9 coin: 1 + 0.469 = 1.469 bits, by additivity.
  await answer(page, 'two-coins', entropy([0.45, 0.05, 0.45, 0.05], 'bits').toFixed(3));
  await expect(feedback(page, 'two-coins')).toHaveText('Correct: H(P) = 1.469 bits.');
  await expect(question(page, 'two-coins').locator('.quiz-solution')).toContainText('1.469');
  // By hand: lengths 1, 3, 3, 2 weighted by 0.5, 0.125, 0.125, 0.25 make 1.75 bits.
  await answer(page, 'dyadic-code', '1.75');
  await expect(feedback(page, 'dyadic-code')).toHaveAttribute('data-result', 'correct');
  // Seeded: the key follows the numbers this student sees.
  for (const [id, unit] of [
    ['lopsided-forecast', 'bits'],
    ['die-in-nats', 'nats'],
  ] as const) {
    const [p] = await givenDistributions(page, id);
    await answer(page, id, entropy(p!, unit).toFixed(3));
    await expect(feedback(page, id)).toHaveAttribute('data-result', 'correct');
  }
  await choose(page, 'most-uncertain', /0\.4 , 0\.3 , 0\.3/);
  await expect(feedback(page, 'most-uncertain')).toHaveAttribute('data-result', 'correct');
  await expect(feedback(page, 'most-uncertain')).toContainText('D(P‖U)');
  // The challenge: P uniform on four outcomes, then its worked solution.
  const a = page.getByRole('slider', { name: 'P(A)', exact: true });
  await a.focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 25; i++) await page.keyboard.press('ArrowUp');
  await expect(feedback(page, 'max-entropy')).toHaveAttribute('data-result', 'correct');
  await expect(question(page, 'max-entropy').locator('.quiz-solution')).toContainText(
    'The uniform distribution',
  );
});

test('lesson 2: the seeded gap from its given values, and which task the model does better', async ({
  page,
}) => {
  await page.goto(`${lesson}?seed=11`);
  await waitForHydration(page);
  const [p, q] = await givenDistributions(page, 'the-gap');
  await answer(page, 'the-gap', klDivergence(p!, q!, 'bits').toFixed(3));
  await expect(feedback(page, 'the-gap')).toHaveAttribute('data-result', 'correct');

  // Cross-entropies 2.5 and 4.5 bits on tasks of entropy 2.0 and 4.2: gaps 0.5 and 0.3.
  await choose(page, 'harder-task', /lower/);
  await expect(feedback(page, 'harder-task')).toHaveAttribute('data-result', 'incorrect');
  await choose(page, 'harder-task', /closer to its task/);
  await expect(feedback(page, 'harder-task')).toHaveAttribute('data-result', 'correct');
  await expect(feedback(page, 'harder-task')).toContainText('0.5 bits on the first task');
  await expect(feedback(page, 'harder-task')).toContainText('0.3 bits on the second');

  await choose(page, 'zero-probability', /infinite/);
  await expect(feedback(page, 'zero-probability')).toContainText('unbounded');
  await answer(page, 'matched-code', entropy([0.7, 0.3], 'bits').toFixed(3));
  await expect(feedback(page, 'matched-code')).toHaveAttribute('data-result', 'correct');
});
