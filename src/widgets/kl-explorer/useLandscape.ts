import { useEffect, useRef, useState } from 'react';
import type { Mixture } from '../../metrics';
import { LEVELS, type LandscapeRequest, type LandscapeResponse } from './landscape-protocol';

/** A landscape as the map draws it, plus timings the bench reads from the page. */
export interface Landscape extends LandscapeResponse {
  /** From posting the request to this level's arrival, on the main thread's clock. */
  latencyMs: number;
  /** From posting the request to the first (coarse) picture's arrival. */
  firstLatencyMs: number;
}

/**
 * Both KL landscapes for P, computed in a Web Worker so a drag never waits for them: a coarse
 * grid first, then the full one. Recomputed only when P changes (dragging Q keeps the same P
 * object). Undefined on the server and until the first level arrives, so the server HTML and
 * the hydrating render agree.
 */
export function useLandscape(p: Mixture, enabled: boolean): Landscape | undefined {
  const [landscape, setLandscape] = useState<Landscape>();
  const worker = useRef<Worker | null>(null);
  const sent = useRef<{ generation: number; at: number; first?: number }>({
    generation: 0,
    at: 0,
  });

  useEffect(() => {
    if (!enabled) return;
    const w = new Worker(new URL('./landscape.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = ({ data }: MessageEvent<LandscapeResponse>) => {
      // Levels of an older P can still arrive; only the newest request's are drawn.
      if (data.generation !== sent.current.generation) return;
      const latencyMs = performance.now() - sent.current.at;
      sent.current.first ??= latencyMs;
      setLandscape({ ...data, latencyMs, firstLatencyMs: sent.current.first });
    };
    return () => {
      w.terminate();
      worker.current = null;
    };
  }, [enabled]);

  useEffect(() => {
    const w = worker.current;
    if (!w) return;
    const generation = sent.current.generation + 1;
    sent.current = { generation, at: performance.now() };
    const request: LandscapeRequest = { generation, p, levels: LEVELS };
    w.postMessage(request);
  }, [p, enabled]);

  return landscape;
}
