import { expect, test } from '@playwright/test';
import { alternateWithBare, measureDrag } from './drag-recorder';
import { dragReport } from './drag-report';

// A bench, not a test: it prints figures and asserts only that the drag really moved the logit.
test('Logits to loss: 200-step drag of a logit at 4x CPU slowdown, against a bare React drag', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const { bare, widget } = await alternateWithBare(page, async () => {
    // Distillation mode: the most a drag recomputes (softmax, loss, entropy, KL, formula-free).
    await page.goto('/embed/widgets/softmax/?logits=0,0,0&teacher=3,1,0.2&T=2');
    const logit = page.getByRole('slider', { name: 'logit(cat)' });
    const figures = await measureDrag(page, logit);
    expect(Number(await logit.getAttribute('aria-valuenow'))).toBeGreaterThan(3);
    return figures;
  });

  // Budget (issue 15): per-move within 10% of the bare page, no long or dropped frames.
  console.log(dragReport('drag bench', 'logits to loss', bare, widget, 1.1));
});

test('Per-token loss: 200-step drag of a token bar at 4x CPU slowdown, against a bare React drag', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const { bare, widget } = await alternateWithBare(page, async () => {
    await page.goto('/embed/widgets/perplexity/?tokens=the,cat,sat&q=0.001,0.25,0.8');
    const bar = page.getByRole('slider', { name: 'q(the)' });
    // Along the bar's column, not its box: the box reaches down over the labels, where a press
    // after the warm-up drag (which leaves the bar tall) would miss the bar.
    const figures = await measureDrag(page, bar.locator('.token-hit'));
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0.2);
    return figures;
  });

  console.log(dragReport('drag bench', 'per-token loss', bare, widget, 1.1));
});
