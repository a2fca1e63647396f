/**
 * Finds the LMS's SCORM API object the way the standard's own discovery algorithm does (ADL's
 * APIWrapper): look in the window, then up its chain of parents, then in the opener (a course
 * that opens lessons in a pop-up) and its parents. Bounded, since a hostile or broken frame tree
 * must not hang the page, and a frame on another origin (reading its properties throws) counts
 * as having no API: an LMS always serves the package from its own origin.
 */

/** ADL's sample walks at most 500 parents; real LMS frame trees are a handful deep. */
export const MAX_LEVELS = 10;

/** What the search needs of a window; real windows and test stubs both fit. */
export interface FrameLike {
  parent: FrameLike | null;
  opener: FrameLike | null;
  [name: string]: unknown;
}

export type ApiName = 'API' | 'API_1484_11';

/** The object named `name` on `frame`, or undefined when absent or not readable. */
function apiOn(frame: FrameLike, name: ApiName): object | undefined {
  try {
    const api = frame[name];
    return typeof api === 'object' && api !== null ? api : undefined;
  } catch {
    return undefined;
  }
}

/** `frame`'s parent, or null at the top or when it cannot be read. */
function parentOf(frame: FrameLike): FrameLike | null {
  try {
    return frame.parent && frame.parent !== frame ? frame.parent : null;
  } catch {
    return null;
  }
}

/** Looks in `frame` and up to `MAX_LEVELS` of its parents. */
function searchUp(frame: FrameLike | null, name: ApiName): object | undefined {
  for (let level = 0; frame && level <= MAX_LEVELS; level += 1) {
    const api = apiOn(frame, name);
    if (api) return api;
    frame = parentOf(frame);
  }
  return undefined;
}

/** The API named `name` for the page in `start`, or undefined when there is no LMS. */
export function findApi(start: FrameLike, name: ApiName): object | undefined {
  const found = searchUp(start, name);
  if (found) return found;
  try {
    return searchUp(start.opener, name);
  } catch {
    return undefined;
  }
}
