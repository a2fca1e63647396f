import { useEffect, useRef, useState } from 'react';
import type { Mixture } from '../../metrics';
import {
  LANDSCAPE_MEASURE,
  LEVELS,
  type LandscapeRequest,
  type LandscapeResponse,
} from './landscape-protocol';

/**
 * Both KL landscapes for P, computed in a Web Worker so a drag never waits for them: a coarse
 * grid first, then the full one. Recomputed only when P changes (dragging Q keeps the same P
 * object). Undefined on the server and until the first level arrives, so the server HTML and
 * the hydrating render agree.
 */
export function useLandscape(p: Mixture, enabled: boolean): LandscapeResponse | undefined {
  const [landscape, setLandscape] = useState<LandscapeResponse>();
  const worker = useRef<Worker | null>(null);
  const sent = useRef({ generation: 0, at: 0 });

  useEffect(() => {
    if (!enabled) return;
    const w = new Worker(new URL('./landscape.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = ({ data }: MessageEvent<LandscapeResponse>) => {
      // Levels of an older P can still arrive; only the newest request's are drawn.
      if (data.generation !== sent.current.generation) return;
      performance.measure(LANDSCAPE_MEASURE, {
        start: sent.current.at,
        detail: { cols: data.cols, computeMs: data.computeMs },
      });
      setLandscape(data);
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
    // Only the newest P's levels are kept: a long session must not pile up measures.
    performance.clearMeasures(LANDSCAPE_MEASURE);
    const request: LandscapeRequest = { generation, p, levels: LEVELS };
    w.postMessage(request);
  }, [p, enabled]);

  return landscape;
}
