import { describe, expect, it } from 'vitest';
import { findApi, MAX_LEVELS, type FrameLike } from './find-api';

/** A chain of stub frames, top first; returns the innermost. */
function chain(depth: number, top: Partial<FrameLike> = {}): FrameLike {
  let frame: FrameLike = { parent: null, opener: null, ...top };
  frame.parent = frame; // a top window is its own parent
  for (let i = 0; i < depth; i += 1) frame = { parent: frame, opener: null };
  return frame;
}

const api = { LMSInitialize: () => 'true' };

describe('findApi', () => {
  it('finds the API on the page itself', () => {
    expect(findApi({ parent: null, opener: null, API: api }, 'API')).toBe(api);
  });

  it('walks up the parents', () => {
    expect(findApi(chain(3, { API: api }), 'API')).toBe(api);
  });

  it('looks for the version asked for only', () => {
    expect(findApi(chain(2, { API: api }), 'API_1484_11')).toBeUndefined();
  });

  it('gives up beyond the bound', () => {
    expect(findApi(chain(MAX_LEVELS, { API: api }), 'API')).toBe(api);
    expect(findApi(chain(MAX_LEVELS + 1, { API: api }), 'API')).toBeUndefined();
  });

  it('then looks in the opener and its parents', () => {
    const inner = chain(2);
    const frame: FrameLike = { parent: null, opener: chain(2, { API_1484_11: api }) };
    frame.parent = inner;
    expect(findApi(frame, 'API_1484_11')).toBe(api);
  });

  it('treats a frame on another origin (reading it throws) as no LMS', () => {
    const foreign = {
      get parent(): FrameLike {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
      get API(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
      opener: null,
    } as FrameLike;
    const page: FrameLike = { parent: foreign, opener: null };
    expect(findApi(page, 'API')).toBeUndefined();
  });

  it('treats a throwing opener as no LMS', () => {
    const page = {
      parent: null,
      get opener(): FrameLike {
        throw new DOMException('Blocked', 'SecurityError');
      },
    } as FrameLike;
    expect(findApi(page, 'API')).toBeUndefined();
  });

  it('ignores a property that is not an object', () => {
    expect(findApi({ parent: null, opener: null, API: 'true' }, 'API')).toBeUndefined();
  });
});
