import { expect, type Locator, type Page } from '@playwright/test';
import { traceRenderWork, type RenderWork } from './render-work';

/** What one measured drag cost, from the page's own clocks. */
export interface DragFigures {
  /** Mean time of one `mouse.move` round trip (ms): it snaps to whole frames. */
  perMoveMs: number;
  /** The 95th percentile of those round trips (ms): what the budget is set on. */
  p95Ms: number;
  /** Long animation frames (> 50 ms) seen during the drag, and their summed blocking time. */
  longFrames: number;
  blockingMs: number;
  /** requestAnimationFrame intervals, and those over 25 ms (a frame missed at 60 Hz). */
  frames: number;
  droppedFrames: number;
  /**
   * How many times a slider's value changed during the measured drag. A drag whose path misses
   * the draggable still returns round trips (fast ones, as nothing renders): this says it moved.
   */
  valueChanges: number;
  /** The rendering work per move, counted in the warm-up drag (see RenderWork). */
  work: RenderWork;
}

const MOVES = 200;

/** Which way to drag and over what part of the target's box (fractions of its size). */
export interface DragPath {
  /** 'y' (default) drags bottom to top; 'x' drags sideways, e.g. a curve's mean. */
  axis?: 'x' | 'y';
  from?: number;
  to?: number;
  /** Where along the other axis to hold the pointer; default the middle. */
  cross?: number;
  /**
   * The measured drag comes back from `to` to `from`: for a draggable held where it was grabbed
   * (a curve), which the warm-up drag leaves under `to`, away from the press point at `from`.
   */
  back?: boolean;
}

/**
 * Drags `target` (by default from near its bottom to near its top; see DragPath) in 200 small steps, with the CPU slowed
 * 4x, and reads Long Animation Frames and rAF intervals inside the page (method in
 * shared/measuring.md). A warm-up drag first, so compilation is not timed; it is traced instead,
 * for the rendering work per move, which tracing does not change.
 */
export async function measureDrag(
  page: Page,
  target: Locator,
  path: DragPath = {},
): Promise<DragFigures> {
  const cdp = await page.context().newCDPSession(page);
  // Sent after navigation: set before it, the throttling gives unsteady results.
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const box = (await target.boundingBox())!;
  const { axis = 'y', from: start = 0.85, to: end = 0.15, cross = 0.5, back = false } = path;
  const along = axis === 'y' ? { at: box.y, size: box.height } : { at: box.x, size: box.width };
  const fixed = axis === 'y' ? box.x + box.width * cross : box.y + box.height * cross;
  const from = along.at + along.size * start;
  const to = along.at + along.size * end;
  const point = (v: number): [number, number] => (axis === 'y' ? [fixed, v] : [v, fixed]);

  async function drag(from: number, to: number): Promise<{ perMoveMs: number; p95Ms: number }> {
    await page.mouse.move(...point(from));
    await page.mouse.down();
    const moves: number[] = [];
    for (let i = 1; i <= MOVES; i++) {
      const started = performance.now();
      await page.mouse.move(...point(from + ((to - from) * i) / MOVES));
      moves.push(performance.now() - started);
    }
    await page.mouse.up();
    const sorted = moves.sort((a, b) => a - b);
    return {
      perMoveMs: moves.reduce((a, b) => a + b, 0) / MOVES,
      p95Ms: sorted[Math.ceil(0.95 * MOVES) - 1]!,
    };
  }

  const work = await traceRenderWork(page, () => drag(from, to), MOVES);
  const recorder = await page.evaluateHandle(() => {
    const blocking: number[] = [];
    const intervals: number[] = [];
    let valueChanges = 0;
    const values = new MutationObserver((records) => {
      valueChanges += records.length;
    });
    values.observe(document.body, {
      subtree: true,
      attributes: true,
      attributeFilter: ['aria-valuenow'],
    });
    let running = true;
    let last: number | undefined;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        blocking.push((entry as PerformanceEntry & { blockingDuration: number }).blockingDuration);
      }
    });
    observer.observe({ type: 'long-animation-frame' });
    const tick = (time: number) => {
      if (last !== undefined) intervals.push(time - last);
      last = time;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return {
      stop() {
        running = false;
        observer.disconnect();
        values.disconnect();
        return {
          valueChanges,
          longFrames: blocking.length,
          blockingMs: blocking.reduce((a, b) => a + b, 0),
          frames: intervals.length,
          droppedFrames: intervals.filter((ms) => ms > 25).length,
        };
      },
    };
  });
  const moves = back ? await drag(to, from) : await drag(from, to);
  const page_ = await recorder.evaluate((r) => r.stop());
  // Every move lands on the draggable, so nearly every one changes a value (a slow page may
  // coalesce a few); fewer than half means the path missed, and the figures time nothing.
  expect(page_.valueChanges, 'value changes during the measured drag').toBeGreaterThan(MOVES / 2);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return { ...moves, ...page_, work };
}

/**
 * Rounds of the bare page and the widget in turn. The bare page's own p95 moves by a frame
 * or more from round to round on these machines; five rounds steady the medians.
 */
const ROUNDS = 5;

/**
 * Measures the bare React page and then the widget, ROUNDS times in turn, so both see the
 * machine in the same state. `widgetRound` loads the widget, drags it and checks it moved.
 */
export async function alternateWithBare(
  page: Page,
  widgetRound: () => Promise<DragFigures>,
): Promise<{ bare: DragFigures[]; widget: DragFigures[] }> {
  const bare: DragFigures[] = [];
  const widget: DragFigures[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await page.goto('/bare-drag/');
    const rect = page.getByRole('slider', { name: 'bar' });
    bare.push(await measureDrag(page, rect));
    expect(Number(await rect.getAttribute('aria-valuenow'))).toBeGreaterThan(0.8);
    widget.push(await widgetRound());
  }
  return { bare, widget };
}
