import { expect, test } from '@playwright/test';
import { dragReport, measureDrag, type DragFigures } from './drag-recorder';

const ROUNDS = 3;

// A bench, not a test: it prints figures and asserts only that the drags really moved the bars.
test('P/Q widget: 200-step drag of a Q bar at 4x CPU slowdown, against a bare React drag', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const bare: DragFigures[] = [];
  const widget: DragFigures[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await page.goto('/bare-drag/');
    const rect = page.getByRole('slider', { name: 'bar' });
    bare.push(await measureDrag(page, rect));
    expect(Number(await rect.getAttribute('aria-valuenow'))).toBeGreaterThan(0.8);

    await page.goto('/embed/widgets/pq/?p=0.5,0.5&q=0.5,0.5');
    const bar = page.getByRole('slider', { name: 'Q(heads)' });
    widget.push(await measureDrag(page, bar));
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThan(0.8);
  }

  console.log(dragReport('drag bench', 'P/Q widget', bare, widget));
});
