// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { launchMeta, readLaunch } from './launch-meta';

function pageWith(head: string): Document {
  return new DOMParser().parseFromString(`<html><head>${head}</head></html>`, 'text/html');
}

describe('the launch page tag', () => {
  it('reads back what the build writes', () => {
    const launch = { version: '2004' as const, slug: 'entropy', questions: ['fair-coin', 'die'] };
    expect(launchMeta(launch)).toBe(
      '<meta name="entropic-scorm" content="2004 entropy fair-coin die">',
    );
    expect(readLaunch(pageWith(launchMeta(launch)))).toEqual(launch);
  });

  it('refuses to write what it could not read', () => {
    expect(() => launchMeta({ version: '1.2', slug: 'Bad Slug', questions: [] })).toThrow(
      RangeError,
    );
  });

  it.each([
    ['', 'no tag'],
    ['<meta name="entropic-scorm" content="3 entropy a">', 'an unknown version'],
    ['<meta name="entropic-scorm" content="1.2 entropy a&quot;b">', 'a bad question id'],
  ])('finds no launch with %j (%s)', (head) => {
    expect(readLaunch(pageWith(head))).toBeUndefined();
  });
});
