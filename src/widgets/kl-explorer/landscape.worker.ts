/// <reference lib="webworker" />
import { MixtureDivergences } from '../../metrics';
import { fillRows, emptyGrid } from './landscape';
import type { LandscapeRequest, LandscapeResponse } from './landscape-protocol';

// The newest request wins: a P edited mid-computation makes the older grid worthless.
let latest = -1;
const ROWS_PER_CHUNK = 4;

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<LandscapeRequest>) => {
  const { generation, p, levels } = event.data;
  latest = generation;
  // P was checked where it entered the page (props or URL): the worker takes it as it is.
  const kl = new MixtureDivergences(p);
  for (const [index, level] of levels.entries()) {
    const started = performance.now();
    const grid = emptyGrid(level.cols, level.rows);
    for (let row = 0; row < level.rows; row += ROWS_PER_CHUNK) {
      // Yield between chunks so a newer request can arrive and cancel this one.
      if (row > 0) await new Promise((resolve) => setTimeout(resolve, 0));
      if (generation !== latest) return;
      fillRows(kl, grid, row, Math.min(level.rows, row + ROWS_PER_CHUNK));
    }
    const message: LandscapeResponse = {
      generation,
      ...grid,
      computeMs: performance.now() - started,
      final: index === levels.length - 1,
    };
    scope.postMessage(message, [grid.forward.buffer, grid.reverse.buffer]);
  }
};
