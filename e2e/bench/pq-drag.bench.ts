import { expect, test } from '@playwright/test';
import { alternateWithBare, measureDrag } from './drag-recorder';
import { dragReport } from './drag-report';

// A bench, not a test: it prints figures and asserts only that the drags really moved the bars.
test('P/Q widget: 200-step drag of a Q bar at 4x CPU slowdown, against a bare React drag', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const { bare, widget } = await alternateWithBare(page, async () => {
    await page.goto('/embed/widgets/pq/?p=0.5,0.5&q=0.5,0.5');
    const bar = page.getByRole('slider', { name: 'Q(heads)' });
    const figures = await measureDrag(page, bar);
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0.8);
    return figures;
  });

  // Budget (issue 11): within 5% of the bare page.
  console.log(dragReport('drag bench', 'P/Q widget', bare, widget, 1.05));
});
