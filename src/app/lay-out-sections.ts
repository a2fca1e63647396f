/** The most time one idle task spends laying out: a quarter of a long task on a 4x slower phone. */
const SLICE_MS = 8;

/** Wrappers with no box of their own (`display: contents` in global.css): containment skips them. */
const WRAPPERS = 'entropic-island, entropic-slot';

/**
 * What laying out `unit` opens up: its child blocks, looking through wrappers. Known by name, not
 * by computed style, which would make the browser style the whole skipped section at once.
 */
function blocksOf(unit: Element): Element[] {
  return [...unit.children].flatMap((child) =>
    child.matches(WRAPPERS) ? blocksOf(child) : [child],
  );
}

/**
 * A lesson's sections skip layout while the page loads (content-visibility in lesson.css): the
 * main thread is busy then, parsing, hydrating and drawing the first screen. Once the page is
 * idle they are laid out for real, so the scrollbar, anchors and whatever measures the page (an
 * accessibility checker, say) see true heights and positions instead of an estimate.
 *
 * A whole section at once can take a phone 100 ms, a long task. So the work goes in slices of
 * at most SLICE_MS, one per idle period: a section is opened with each of its blocks still
 * skipping layout (`data-pending`), then the blocks are laid out one by one, a nested section
 * the same way.
 */
export function layOutSectionsWhenIdle(): void {
  const queue = [...document.querySelectorAll('.lesson-body > section')];
  if (queue.length === 0) return;
  // Safari has no requestIdleCallback: a short timeout stands in for it.
  const whenIdle = (run: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(run) : setTimeout(run, 50);

  const layOut = (unit: Element) => {
    if (unit.tagName === 'SECTION') {
      const blocks = blocksOf(unit);
      for (const block of blocks) block.setAttribute('data-pending', '');
      unit.classList.add('is-laid-out');
      queue.unshift(...blocks);
    }
    unit.removeAttribute('data-pending');
    // Read a size so the layout happens here, inside this slice, not in the next frame.
    void (unit as HTMLElement).offsetHeight;
  };

  const slice = () => {
    const started = performance.now();
    while (queue.length > 0 && performance.now() - started < SLICE_MS) layOut(queue.shift()!);
    if (queue.length > 0) whenIdle(slice);
  };
  if (document.readyState === 'complete') whenIdle(slice);
  else addEventListener('load', () => whenIdle(slice), { once: true });
}
