import { expect, test } from '@playwright/test';
import { hydrateAllIslands } from '../support/islands';
import { alternateWithBare, measureDrag } from './drag-recorder';
import { dragReport } from './drag-report';

// A bench, not a test: it prints figures and asserts only that the drags moved the threshold.
test('split: 200-step drag of the threshold at 4x CPU slowdown, against a bare React drag', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const { bare, widget } = await alternateWithBare(page, async () => {
    await page.goto('/embed/widgets/split/');
    await hydrateAllIslands(page);
    const threshold = page.getByRole('slider', { name: 'Threshold' });
    const figures = await measureDrag(page, page.locator('svg.split-plot'), {
      axis: 'x',
      from: 0.2,
      to: 0.85,
    });
    expect(Number(await threshold.getAttribute('aria-valuenow'))).toBeGreaterThan(8);
    return figures;
  });

  // Budget (issue 16): within 10% of the bare page.
  console.log(dragReport('drag bench', 'split', bare, widget, 1.1));
});
