import { expect, test, type Page } from '@playwright/test';
import { gaussianKl, klDivergence, type Gaussian } from '../src/metrics';
import { expectNoAxeViolations } from './support/axe';
import { collectPageErrors } from './support/errors';
import { hydrateAllIslands } from './support/islands';

/** Lessons 3 and 4: every kind of question answered right, and their figures without script. */

const question = (page: Page, id: string) => page.locator(`[data-question="${id}"]`);
const feedback = (page: Page, id: string) => question(page, id).getByRole('status');
const progress = (page: Page) => page.getByRole('status', { name: 'Progress' });

async function open(page: Page, url: string) {
  await page.goto(url);
  await hydrateAllIslands(page);
  await expect(page.locator('html')).toHaveAttribute('data-progress-loaded', 'true');
}

async function answer(page: Page, id: string, text: string) {
  const q = question(page, id);
  await q.getByRole('textbox', { name: 'Answer' }).fill(text);
  await q.getByRole('button', { name: 'Check' }).click();
}

/** The distributions a seeded question states: "P = (0.2, 0.8), Q = (0.5, 0.5)". */
async function statedPair(page: Page, id: string): Promise<[number[], number[]]> {
  const text = await question(page, id).locator('.quiz-given').first().innerText();
  const [p, q] = [...text.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]!.split(', ').map(Number));
  return [p!, q!];
}

/** The Gaussians a question states: "P = N(mean −1, sd 0.5), Q = N(mean 0.5, sd 1.5)". */
async function statedGaussians(page: Page, id: string): Promise<[Gaussian, Gaussian]> {
  const text = await question(page, id).locator('.quiz-given').first().innerText();
  const [p, q] = [...text.matchAll(/mean (\S+), sd ([\d.]+)/g)].map((m) => ({
    mu: Number(m[1]!.replace('−', '-')),
    sigma: Number(m[2]),
  }));
  return [p!, q!];
}

/** Picks the option of a comparison question that the computed values make right. */
async function chooseLarger(page: Page, id: string, left: number, right: number) {
  const q = question(page, id);
  const name =
    left.toFixed(3) === right.toFixed(3)
      ? /They are equal/
      : left > right
        ? /D\W*P\W*Q\W*is larger/
        : /D\W*Q\W*P\W*is larger/;
  await q.getByRole('radio', { name }).check();
  await q.getByRole('button', { name: 'Check' }).click();
}

test('lesson 3: a seeded numeric question, a computed comparison and a choice, answered right', async ({
  page,
}) => {
  // A long page and many answers: slow on a busy machine.
  test.slow();
  const errors = collectPageErrors(page);
  await open(page, '/lessons/kl-divergence/?seed=7');
  await expect(progress(page)).toHaveText('0 / 8 solved');

  const [p, q] = await statedPair(page, 'your-three-outcomes');
  expect(p).toHaveLength(3);
  await answer(page, 'your-three-outcomes', klDivergence(p, q, 'bits').toFixed(3));
  await expect(feedback(page, 'your-three-outcomes')).toHaveAttribute('data-result', 'correct');

  // Which direction is larger: the key is computed from the student's own pair.
  const [p2, q2] = await statedPair(page, 'which-larger');
  const forward = klDivergence(p2, q2, 'bits');
  const reverse = klDivergence(q2, p2, 'bits');
  await expect(question(page, 'which-larger')).toContainText('Your own numbers');
  await chooseLarger(page, 'which-larger', forward, reverse);
  await expect(feedback(page, 'which-larger')).toHaveAttribute('data-result', 'correct');
  // The worked solution computes both directions and states them.
  const solution = question(page, 'which-larger').locator('.quiz-solution');
  await expect(solution.locator('.katex').first()).toBeVisible();
  await expect(solution).toContainText(`D(P‖Q) = ${forward.toFixed(3)} bits`);
  await expect(solution).toContainText(`D(Q‖P) = ${reverse.toFixed(3)} bits`);

  const zero = question(page, 'model-says-zero');
  await zero.getByRole('radio', { name: /only removes the third term/ }).check();
  await zero.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(page, 'model-says-zero')).toHaveAttribute('data-result', 'incorrect');
  await zero.getByRole('radio', { name: 'It is infinite.' }).check();
  await zero.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(page, 'model-says-zero')).toHaveAttribute('data-result', 'correct');
  await expect(progress(page)).toHaveText('3 / 8 solved');
  await expectNoAxeViolations(page);
  expect(errors).toEqual([]);
});

test('a comparison answered wrong twice offers its worked solution', async ({ page }) => {
  test.slow();
  await open(page, '/lessons/kl-divergence/?seed=7');
  const q = question(page, 'which-larger');
  const [p, qq] = await statedPair(page, 'which-larger');
  const forward = klDivergence(p, qq, 'bits');
  const reverse = klDivergence(qq, p, 'bits');
  // The two wrong options, one after the other.
  const wrong = [
    /They are equal/,
    forward > reverse ? /D\W*Q\W*P\W*is larger/ : /D\W*P\W*Q\W*is larger/,
  ];
  for (const name of wrong) {
    await q.getByRole('radio', { name }).check();
    await q.getByRole('button', { name: 'Check' }).click();
    await expect(feedback(page, 'which-larger')).toHaveAttribute('data-result', 'incorrect');
  }
  await q.getByRole('button', { name: 'Show the worked solution' }).click();
  await expect(q.locator('.quiz-solution')).toContainText('is the larger');
});

test('lesson 4: closed-form Gaussian questions, fixed and seeded, and the explorer agrees', async ({
  page,
}) => {
  test.slow();
  const errors = collectPageErrors(page);
  await open(page, '/lessons/forward-reverse-kl/?seed=11');
  await expect(progress(page)).toHaveText('0 / 7 solved');

  // By hand: ln(1.5/0.5) + (0.25 + 1.5²)/(2 · 2.25) − 1/2 = 1.0986 + 0.5556 − 0.5 = 1.1542 nats.
  const fixed = gaussianKl({ mu: -1, sigma: 0.5 }, { mu: 0.5, sigma: 1.5 });
  expect(fixed).toBeCloseTo(1.1542, 4);
  await answer(page, 'gaussian-kl', fixed.toFixed(3));
  await expect(feedback(page, 'gaussian-kl')).toHaveAttribute('data-result', 'correct');
  await expect(question(page, 'gaussian-kl').locator('.quiz-solution')).toContainText('1.154');

  const [p, q] = await statedGaussians(page, 'your-gaussian-kl');
  // The reverse direction is a slip the feedback names (unless the two happen to agree).
  const swapped = gaussianKl(q, p);
  if (swapped.toFixed(3) !== gaussianKl(p, q).toFixed(3)) {
    await answer(page, 'your-gaussian-kl', swapped.toFixed(3));
    await expect(feedback(page, 'your-gaussian-kl')).toContainText('the other direction');
  }
  await answer(page, 'your-gaussian-kl', gaussianKl(p, q).toFixed(3));
  await expect(feedback(page, 'your-gaussian-kl')).toHaveAttribute('data-result', 'correct');

  const [gp, gq] = await statedGaussians(page, 'gaussian-larger');
  await chooseLarger(page, 'gaussian-larger', gaussianKl(gp, gq), gaussianKl(gq, gp));
  await expect(feedback(page, 'gaussian-larger')).toHaveAttribute('data-result', 'correct');
  await expect(progress(page)).toHaveText('3 / 7 solved');

  // The explorer with a one-component P reads the closed form of the worked example:
  // D(N(1, 1) ‖ N(0, 2²)) = ln 2 + 2/8 − 1/2 = 0.4431 nats.
  const explorer = page.locator('figure.kl-widget').nth(2);
  const closed = gaussianKl({ mu: 1, sigma: 1 }, { mu: 0, sigma: 2 });
  expect(closed).toBeCloseTo(Math.LN2 - 0.25, 12);
  await expect(explorer.locator('output[data-metric="forwardKl"]')).toHaveText(
    `${closed.toFixed(3)} nats`,
  );
  await expect(explorer.locator('output[data-metric="reverseKl"]')).toHaveText(
    `${gaussianKl({ mu: 0, sigma: 2 }, { mu: 1, sigma: 1 }).toFixed(3)} nats`,
  );
  expect(errors).toEqual([]);
});
test('lesson 4: a choice, and a challenge beside its own explorer', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '/lessons/forward-reverse-kl/');
  await expect(progress(page)).toHaveText('0 / 7 solved');

  const fit = question(page, 'forward-fit');
  await fit.getByRole('radio', { name: /narrow Gaussian sitting on one bump/ }).check();
  await fit.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(page, 'forward-fit')).toContainText('That is the reverse-KL fit');
  await fit.getByRole('radio', { name: /covering both/ }).check();
  await fit.getByRole('button', { name: 'Check' }).click();
  await expect(feedback(page, 'forward-fit')).toHaveAttribute('data-result', 'correct');

  // The challenge watches the second, compact explorer placed just above it.
  const challenge = question(page, 'find-a-mode');
  const explorer = page.locator('figure.kl-widget').nth(1);
  const box = (await explorer.boundingBox())!;
  const challengeBox = (await challenge.boundingBox())!;
  expect(challengeBox.y - (box.y + box.height)).toBeLessThan(400);
  // The goal speaks the explorer's unit, nats, and follows a switch to bits.
  await expect(challenge).toContainText('Goal: D(Q‖P) within 0.010 nats');
  await explorer.getByRole('radio', { name: 'bits' }).check();
  await expect(challenge).toContainText('Goal: D(Q‖P) within 0.010 bits');
  // The starting Q sits near the centre, far from either reverse-KL optimum. "Best Q" finds
  // one, but the challenge asks for the student's own moves: a key press from there counts.
  await expect(challenge).not.toContainText('Solved');
  await explorer.getByRole('button', { name: 'Best Q for reverse KL' }).click();
  await expect(feedback(page, 'find-a-mode')).toContainText('with your own moves');
  await explorer.getByRole('slider', { name: 'Q mean' }).press('ArrowRight');
  await expect(challenge).toContainText('Solved');
  await expect(progress(page)).toHaveText('2 / 7 solved');
});

test('the evidence plot and the two integrands are drawn with no script', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/lessons/kl-divergence/');
  // After 40 tosses of the widget's coin the expected evidence is 40 · D(P‖Q).
  const d = klDivergence([0.9, 0.1], [0.6, 0.4], 'bits');
  const evidence = page.locator('.evidence-plot');
  await expect(evidence.getByRole('img', { name: /Evidence for P over Q/ })).toBeVisible();
  await expect(evidence.locator('figcaption')).toContainText(`ends at ${(40 * d).toFixed(3)} bits`);
  await expect(evidence.locator('.evidence-path')).toHaveAttribute('d', /^M/);

  await page.goto('/lessons/forward-reverse-kl/');
  const integrands = page.locator('.kl-integrands');
  await expect(integrands.getByRole('img', { name: /two KL integrands/ })).toBeVisible();
  // The same totals as the explorer's readout at its start (reference values 0.756 and 1.244).
  await expect(integrands).toContainText('area 0.756 nats');
  await expect(integrands).toContainText('area 1.244 nats');
  await expect(integrands.locator('.kl-integrands-pos')).toHaveCount(2);
  await context.close();
});
