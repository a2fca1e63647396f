// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildManifest, checkManifest, escapeXml, manifestFiles } from './manifest';

const files = ['index.html', 'assets/index-abc.js', 'assets/a&b.css'];
const description = {
  identifier: 'entropic-entropy',
  title: 'Entropy: <how> "uncertain" & \'why\'',
  launch: 'index.html',
  files,
};

/** Parses with the browser's XML parser: a parse error is a document holding <parsererror>. */
function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('imsmanifest.xml', () => {
  it('escapes every XML special character', () => {
    expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });

  it.each(['1.2', '2004'] as const)(
    'describes one SCO with its title and files (%s)',
    (version) => {
      const doc = parse(buildManifest({ ...description, version }));
      expect(doc.getElementsByTagName('organization')).toHaveLength(1);
      expect(doc.getElementsByTagName('item')).toHaveLength(1);
      expect(doc.getElementsByTagName('title')[0]!.textContent).toBe(description.title);
      const resources = doc.getElementsByTagName('resource');
      expect(resources).toHaveLength(1);
      expect(resources[0]!.getAttribute('href')).toBe('index.html');
      const type = version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType';
      expect(resources[0]!.getAttribute(type)).toBe('sco');
      const listed = [...doc.getElementsByTagName('file')].map((f) => f.getAttribute('href'));
      expect(listed).toEqual(files);
      expect(doc.getElementsByTagName('schemaversion')[0]!.textContent).toBe(
        version === '1.2' ? '1.2' : '2004 4th Edition',
      );
    },
  );

  it('reads its file list back', () => {
    expect(manifestFiles(buildManifest({ ...description, version: '2004' }))).toEqual(files);
  });

  it('fails when a listed file is missing or a file is unlisted', () => {
    const xml = buildManifest({ ...description, version: '1.2' });
    expect(() => checkManifest(xml, files)).not.toThrow();
    expect(() => checkManifest(xml, files.slice(1))).toThrow(/listed but missing \["index.html"\]/);
    expect(() => checkManifest(xml, [...files, 'extra.js'])).toThrow(/unlisted \["extra.js"\]/);
  });

  it('refuses an identifier that is not an XML id, and a launch page not in the package', () => {
    expect(() =>
      buildManifest({ ...description, version: '1.2', identifier: '1-entropy' }),
    ).toThrow(RangeError);
    expect(() => buildManifest({ ...description, version: '1.2', launch: 'start.html' })).toThrow(
      /start.html/,
    );
  });
});
