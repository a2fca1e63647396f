import { describe, expect, it } from 'vitest';
import { renderWorkOf } from './render-work';

const thread = (pid: number, tid: number, name: string) => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  args: { name },
});
const task = (name: string, tid: number, args = {}) => ({ name, ph: 'X', pid: 1, tid, args });

describe('renderWorkOf', () => {
  it('counts the main thread’s layout, style, shaping and paint per move', () => {
    const events = [
      thread(1, 10, 'CrRendererMain'),
      thread(1, 11, 'Compositor'),
      task('Layout', 10, { beginData: { dirtyObjects: 12 } }),
      task('Layout', 10, { beginData: { dirtyObjects: 8 } }),
      task('UpdateLayoutTree', 10, { elementCount: 6 }),
      task('InlineNode::ShapeTextIncludingFirstLine', 10),
      task('InlineNode::ShapeTextIncludingFirstLine', 10),
      task('InlineNode::ShapeTextIncludingFirstLine', 10),
      task('Paint', 10),
      task('Paint', 10),
      // Another thread's events are not the page's rendering.
      task('Paint', 11),
      task('Layout', 11, { beginData: { dirtyObjects: 100 } }),
    ];
    expect(renderWorkOf(events, 2)).toEqual({
      relaidOut: 10,
      restyled: 3,
      textShaped: 1.5,
      layersPainted: 1,
    });
  });

  it('reads missing counts as none', () => {
    const events = [
      thread(1, 10, 'CrRendererMain'),
      task('Layout', 10),
      task('UpdateLayoutTree', 10),
    ];
    expect(renderWorkOf(events, 1)).toEqual({
      relaidOut: 0,
      restyled: 0,
      textShaped: 0,
      layersPainted: 0,
    });
  });
});
