import { StrictMode, useEffect, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { islandEntry, type IslandEntry, type IslandName } from './registry';
import { onFirstInteraction } from '../first-interaction';
import { keepEarlyPresses, markRooted, pressAgain } from './early-presses';
import { preloadIslandChunks } from './preload-chunks';
import type { LessonContextValue } from '../../quiz/lesson-context';

/** How close (CSS margin around the viewport) a `near` island gets before it hydrates. */
const NEAR = '600px 0px';

/** The client side of an island's children: the prerendered HTML, kept as it is. */
function PrerenderedChildren({ html }: { html: string }) {
  return <entropic-slot dangerouslySetInnerHTML={{ __html: html }} />;
}

interface HydratedProps {
  /** As React's elements take the island's place, before any event can reach them. */
  onInPlace: () => void;
  /** Once React has committed the island (tests and benches wait for it). */
  onCommit: () => void;
  children: ReactNode;
}

/** Tells the page when React has taken an island over. */
function Hydrated({ onInPlace, onCommit, children }: HydratedProps) {
  useLayoutEffect(onInPlace, [onInPlace]);
  useEffect(onCommit, [onCommit]);
  return children;
}

/** An island inside a lesson gets the lesson's context back (slug, questions, next lesson). */
async function withLesson(json: string | undefined, element: ReactNode): Promise<ReactNode> {
  if (json === undefined) return element;
  const { LessonContext } = await import('../../quiz/lesson-context');
  // Written by our own prerender (island.tsx), not by anyone outside.
  const lesson = JSON.parse(json) as LessonContextValue;
  return <LessonContext value={lesson}>{element}</LessonContext>;
}

interface Island {
  element: HTMLElement;
  entry: IslandEntry;
}

async function prepare({ element, entry }: Island) {
  preloadIslandChunks(entry.file);
  const Component = await entry.load();
  const props = JSON.parse(element.dataset.props ?? '{}') as Record<string, unknown>;
  const slot =
    element.dataset.children === undefined ? null : element.querySelector('entropic-slot');
  const children = slot ? <PrerenderedChildren html={slot.innerHTML} /> : undefined;
  // A URL with settings shows something other than the prerender: render it afresh.
  const fresh = entry.urlSearch === true && window.location.search !== '';
  if (entry.urlSearch) props.search = window.location.search;
  const onInPlace = () => markRooted(element);
  const onCommit = () => {
    element.setAttribute('data-hydrated', '');
    pressAgain(element);
  };
  const app = (
    <StrictMode>
      <Hydrated onInPlace={onInPlace} onCommit={onCommit}>
        {await withLesson(element.dataset.lesson, <Component {...props}>{children}</Component>)}
      </Hydrated>
    </StrictMode>
  );
  return { element, app, fresh, options: { identifierPrefix: element.dataset.idPrefix } };
}

/** Where an island's code could not be fetched: says so calmly above the readable prerender. */
function showUnavailable(element: HTMLElement) {
  const note = document.createElement('p');
  note.className = 'widget-notices';
  note.setAttribute('role', 'status');
  note.textContent =
    'This interactive part could not load, perhaps because the connection dropped. ' +
    'You can still read it; reload the page to use it.';
  element.prepend(note);
}

const hooksRun = new Set<() => Promise<unknown>>();

/** When the previous batch's roots have started: each batch starts its roots after that. */
let previousRoots: Promise<unknown> = Promise.resolve();

/**
 * How long a batch waits for the one before it at most. Order matters when chunks arrive
 * moments apart; a batch whose code is seconds late must not hold back every island below it.
 */
const ORDER_WAIT_MS = 3000;

const orderWait = () => new Promise((resolve) => setTimeout(resolve, ORDER_WAIT_MS));

/**
 * Loads a batch of islands in parallel, then hydrates them in document order, so a widget
 * creates its state before a formula or quiz further down reads it; then reads the stores
 * they need from storage (once per page). Batches keep document order too: a later batch's
 * smaller chunks may arrive first, and a formula hydrated before its widget would render
 * without the widget's numbers, unlike its prerender.
 */
async function hydrate(batch: Island[]): Promise<void> {
  const before = Promise.race([previousRoots, orderWait()]);
  const rooted = Promise.all([Promise.allSettled(batch.map(prepare)), before]).then(([results]) => {
    for (const [index, result] of results.entries()) {
      // An island whose code did not arrive (a dropped connection) stays as its prerendered,
      // readable HTML, with a note; the others in its batch hydrate all the same.
      if (result.status === 'rejected') {
        showUnavailable(batch[index]!.element);
        continue;
      }
      const { element, app, fresh, options } = result.value;
      if (fresh) {
        // React clears the island as it first commits. Until then the prerender stays, readable
        // and focusable, and presses on it are kept (Hydrated marks the island React's then).
        createRoot(element, options).render(app);
      } else {
        // React answers a press on a prerender it is hydrating: it hydrates at once to do so.
        markRooted(element);
        hydrateRoot(element, app, options);
      }
    }
  });
  // A batch that failed must not hold back the ones after it.
  previousRoots = rooted.catch(() => undefined);
  await rooted;
  for (const hook of batch.flatMap(({ entry }) => entry.afterHydration ?? [])) {
    if (hooksRun.has(hook)) continue;
    hooksRun.add(hook);
    await hook();
  }
}

/**
 * Hydrates every island of a prerendered page (see island.tsx) and nothing else: `load`
 * islands at once, `near` ones as the reader approaches them. Reaching one hydrates every
 * `near` island above it too (in order), since a quiz may read a widget further up.
 */
export async function hydrateIslands(): Promise<void> {
  keepEarlyPresses();
  const all = [...document.querySelectorAll<HTMLElement>('entropic-island')].map((element) => {
    return { element, entry: islandEntry(element.dataset.island as IslandName) };
  });
  // An island whose state is in the URL (a shared playground link) shows that state at once: the
  // prerender shows the default, which the visitor did not ask for.
  const near = all.filter(
    ({ entry }) => entry.hydrate === 'near' && !(entry.urlSearch && location.search),
  );
  // An island element has no box of its own (display: contents): watch its first child.
  const watched = near.map(({ element }) => element.firstElementChild ?? element);
  let started = 0;
  const reach = (island: Element) => {
    const index = near.findIndex(({ element }) => element === island) + 1;
    if (index <= started) return;
    const batch = near.slice(started, index);
    watched.slice(started, index).forEach((target) => observer.unobserve(target));
    started = index;
    void hydrate(batch);
  };
  const observer = new IntersectionObserver(
    (seen) =>
      seen
        .filter((s) => s.isIntersecting)
        .forEach((s) => reach(near[watched.indexOf(s.target)]!.element)),
    { rootMargin: NEAR },
  );
  // Near islands wait for the reader's first move, so a page fetches nothing for them before
  // any interaction; then those near the screen hydrate at once.
  onFirstInteraction(() => watched.forEach((target) => observer.observe(target)));
  // Focus or a press can arrive without scrolling close first (a keyboard user tabbing from far
  // above, a tap on a widget already on screen).
  for (const kind of ['focusin', 'pointerdown'] as const) {
    document.addEventListener(kind, (event) => {
      const island = (event.target as Element).closest?.('entropic-island');
      if (island) reach(island);
    });
  }
  await hydrate(all.filter((island) => !near.includes(island)));
}
