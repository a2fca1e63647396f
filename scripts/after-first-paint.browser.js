// Runs in the browser, inlined into every built page by scripts/after-first-paint.mjs (whose
// loadAfterFirstPaint explains why). A few lines with no library for the job: a bundle of its own
// would be one more request before the very thing it waits for.
(() => {
  const list = JSON.parse(document.getElementById('after-first-paint').textContent);
  let started = false;
  const append = (element) => document.head.append(element);
  const link = (rel, href) =>
    append(Object.assign(document.createElement('link'), { rel, href, crossOrigin: '' }));
  const load = () => {
    if (started) return;
    started = true;
    list.styles.forEach((href) => link('stylesheet', href));
    list.modules.forEach((href) => link('modulepreload', href));
    append(
      Object.assign(document.createElement('script'), {
        type: 'module',
        src: list.entry,
        crossOrigin: '',
      }),
    );
  };
  // A reader who scrolls, types or touches before the code has come wants it now, and the code
  // must know that move happened (src/app/first-interaction.ts, which watches the same moves).
  const kinds = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'];
  const interacted = () => {
    kinds.forEach((kind) => removeEventListener(kind, interacted, true));
    document.documentElement.setAttribute('data-interacted', '');
    load();
  };
  kinds.forEach((kind) => addEventListener(kind, interacted, { capture: true, passive: true }));
  // A framed page (an embed, an LMS's lesson) is part of its host's first paint, and its code
  // answers the host (height, answers): it loads at once. So does a browser without paint timing.
  if (window.parent !== window || !PerformanceObserver.supportedEntryTypes.includes('paint')) {
    load();
    return;
  }
  new PerformanceObserver((entries) => {
    if (entries.getEntriesByName('first-contentful-paint').length > 0) setTimeout(load);
  }).observe({ type: 'paint', buffered: true });
  // A tab opened in the background paints only when shown; its code need not wait that long.
  setTimeout(load, 3000);
})();
