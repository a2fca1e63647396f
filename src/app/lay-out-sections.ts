/**
 * A lesson's sections skip layout while the page loads (content-visibility in lesson.css): the
 * main thread is busy then, parsing, hydrating and drawing the first screen. Once the page is
 * idle they are laid out for real, one section per idle period so that no task grows long. From
 * then on the scrollbar, anchors and whatever measures the page (an accessibility checker, say)
 * see true heights and positions instead of an estimate.
 */
export function layOutSectionsWhenIdle(): void {
  const sections = [...document.querySelectorAll('.lesson-body > section')];
  if (sections.length === 0) return;
  // Safari has no requestIdleCallback: a short timeout stands in for it.
  const whenIdle = (run: () => void) =>
    'requestIdleCallback' in window ? requestIdleCallback(run) : setTimeout(run, 50);
  // Each section is laid out in the frame after its class changes; a callback asked for during an
  // idle period runs in the next one, after that frame.
  const next = () => {
    sections.shift()?.classList.add('is-laid-out');
    if (sections.length > 0) whenIdle(next);
  };
  if (document.readyState === 'complete') whenIdle(next);
  else addEventListener('load', () => whenIdle(next), { once: true });
}
