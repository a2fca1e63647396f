import { describe, expect, it } from 'vitest';
import { envelope, readToEmbed, readToHost } from './protocol';

describe('the embed protocol', () => {
  it('reads every message an embedded page sends, with its payload', () => {
    const messages = [
      envelope('ready', {}),
      envelope('resize', { height: 812.5 }),
      envelope('answer', {
        lesson: 'entropy',
        question: 'fair-coin',
        result: 'correct',
        attempts: 2,
      }),
      envelope('progress', { lesson: 'entropy', solved: 3, total: 5 }),
      envelope('complete', { lesson: 'entropy' }),
      envelope('state', { widget: 'pq', query: 'p=0.5,0.5&q=0.9,0.1' }),
    ];
    for (const message of messages) expect(readToHost(message)).toEqual(message);
    expect(readToEmbed(envelope('setState', { query: 'p=0.2,0.8' }))).toEqual({
      source: 'entropic',
      version: 1,
      type: 'setState',
      payload: { query: 'p=0.2,0.8' },
    });
  });

  it.each([
    ['not an object', 'entropic'],
    ['null', null],
    ['another source', { source: 'h5p', version: 1, type: 'ready', payload: {} }],
    ['another version', { source: 'entropic', version: 2, type: 'ready', payload: {} }],
    ['a version as a string', { source: 'entropic', version: '1', type: 'ready', payload: {} }],
    ['an unknown type', { source: 'entropic', version: 1, type: 'launch', payload: {} }],
    [
      'an inherited name as type',
      { source: 'entropic', version: 1, type: 'toString', payload: {} },
    ],
    ['a missing payload', { source: 'entropic', version: 1, type: 'resize' }],
    ['a negative height', envelope('resize', { height: -1 })],
    ['a height of NaN', envelope('resize', { height: NaN })],
    [
      'a result that is neither',
      envelope('answer', { lesson: 'a', question: 'b', result: 'maybe', attempts: 1 }),
    ],
    ['markup as a lesson', envelope('complete', { lesson: '<img src=x onerror=alert(1)>' })],
    [
      'fractional attempts',
      envelope('answer', { lesson: 'a', question: 'b', result: 'correct', attempts: 1.5 }),
    ],
  ])('ignores %s', (_, data) => {
    expect(readToHost(data)).toBeUndefined();
  });

  it('ignores host messages of the wrong type or with an overlong query, and drops extra keys', () => {
    expect(readToEmbed(envelope('resize', { height: 1 }))).toBeUndefined();
    expect(readToEmbed(envelope('setState', { query: 'x'.repeat(2001) }))).toBeUndefined();
    expect(readToEmbed(envelope('setState', { query: 7 }))).toBeUndefined();
    const extra = { ...envelope('setState', { query: 'p=1,0', evil: '<svg onload=1>' }) };
    expect(readToEmbed(extra)?.payload).toEqual({ query: 'p=1,0' });
  });
});
