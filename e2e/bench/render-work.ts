import type { Page } from '@playwright/test';

/**
 * What the browser's rendering did per pointer move, counted from Chromium's own trace events.
 * Unlike round-trip times, which move by a third from run to run on these machines, the counts
 * are the same in every run of the same build: they show whether a change to a widget made a
 * drag do less, long before the timings can.
 */
export interface RenderWork {
  /** Layout objects laid out again (Layout events' dirty objects). */
  relaidOut: number;
  /** Elements whose style was recalculated. */
  restyled: number;
  /** Runs of text shaped (each changed number or label is one or more). */
  textShaped: number;
  /** Paint layers repainted. */
  layersPainted: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  args?: {
    name?: string;
    beginData?: { dirtyObjects?: number };
    elementCount?: number;
  };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink'];

/** Sums the work on the renderers' main threads in a trace, per move. */
export function renderWorkOf(events: TraceEvent[], moves: number): RenderWork {
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`));
  const perMove = (name: string, amount: (e: TraceEvent) => number = () => 1) =>
    onMain.filter((e) => e.name === name).reduce((sum, e) => sum + amount(e), 0) / moves;
  return {
    relaidOut: perMove('Layout', (e) => e.args?.beginData?.dirtyObjects ?? 0),
    restyled: perMove('UpdateLayoutTree', (e) => e.args?.elementCount ?? 0),
    textShaped: perMove('InlineNode::ShapeTextIncludingFirstLine'),
    layersPainted: perMove('Paint'),
  };
}

/** Runs `act` (a drag of `moves` moves) under Chromium's tracing and counts its rendering work. */
export async function traceRenderWork(
  page: Page,
  act: () => Promise<unknown>,
  moves: number,
): Promise<RenderWork> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: CATEGORIES });
  await act();
  const trace = JSON.parse((await browser.stopTracing()).toString()) as {
    traceEvents: TraceEvent[];
  };
  return renderWorkOf(trace.traceEvents, moves);
}
