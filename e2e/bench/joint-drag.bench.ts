import { expect, test } from '@playwright/test';
import { hydrateAllIslands } from '../support/islands';
import { alternateWithBare, measureDrag } from './drag-recorder';
import { dragReport } from './drag-report';

// A bench, not a test: it prints figures and asserts only that the drags really moved the cell.
test('joint table: 200-step drag of a cell at 4x CPU slowdown, against a bare React drag', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const { bare, widget } = await alternateWithBare(page, async () => {
    await page.goto(
      '/embed/widgets/joint/?joint=0.1,0.1,0.1,0.1;0.1,0.1,0.1,0.1;0.05,0.05,0.05,0.05;0.025,0.025,0.025,0.025',
    );
    await hydrateAllIslands(page);
    const cell = page.getByRole('slider', { name: 'P(x2, y2)' });
    const figures = await measureDrag(page, cell.locator('.joint-tile'));
    expect(Number(await cell.getAttribute('aria-valuenow'))).toBeGreaterThan(0.6);
    return figures;
  });

  // Budget (issue 16): within 10% of the bare page.
  console.log(dragReport('drag bench', 'joint table', bare, widget, 1.1));
});
