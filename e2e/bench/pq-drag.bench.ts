import { expect, test } from '@playwright/test';
import { measureDrag, median, type DragFigures } from './drag-recorder';

const ROUNDS = 3;

function row(name: string, f: DragFigures) {
  return [
    name.padEnd(22),
    f.perMoveMs.toFixed(2).padStart(8),
    String(f.longFrames).padStart(8),
    f.blockingMs.toFixed(0).padStart(9),
    String(f.frames).padStart(7),
    String(f.droppedFrames).padStart(8),
  ].join('');
}

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

  const lines = [
    'drag bench (ms per move; long frames; blocking ms; rAF frames; frames > 25 ms)',
    `${''.padEnd(22)}${'ms/move'.padStart(8)}${'LoAFs'.padStart(8)}${'blocking'.padStart(9)}${'frames'.padStart(7)}${'dropped'.padStart(8)}`,
    ...bare.map((f, i) => row(`bare React, round ${i + 1}`, f)),
    ...widget.map((f, i) => row(`P/Q widget, round ${i + 1}`, f)),
  ];
  const ratio = median(widget.map((f) => f.perMoveMs)) / median(bare.map((f) => f.perMoveMs));
  lines.push(`median per-move round trip, widget / bare: ${ratio.toFixed(3)}`);
  console.log(lines.join('\n'));
});
