import type { ScormVersion } from './connection';

/**
 * `imsmanifest.xml` for a lesson's package: one organization, one item, one SCO whose launch
 * page is `launch`, listing every file of the package. Built from data, every value escaped;
 * `manifestFiles` reads the list back so the build can check it against the zip.
 */
export interface PackageDescription {
  version: ScormVersion;
  /** Unique among the LMS's packages: `entropic-<slug>`. */
  identifier: string;
  title: string;
  launch: string;
  /** Every file in the package but the manifest itself, paths relative to its root. */
  files: readonly string[];
}

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

const namespaces: Record<ScormVersion, string> = {
  '1.2': [
    'xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
  ].join(' '),
  '2004': [
    'xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    'xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    'xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
    'xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
    'xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
  ].join(' '),
};

const schemaVersion: Record<ScormVersion, string> = {
  '1.2': '1.2',
  '2004': '2004 4th Edition',
};

/** XML ids (xs:ID) start with a letter and hold no slashes or spaces. */
function checkIdentifier(identifier: string): string {
  if (!/^[A-Za-z][A-Za-z0-9_.-]*$/.test(identifier)) {
    throw new RangeError(`invalid package identifier; not an XML id: ${identifier}`);
  }
  return identifier;
}

export function buildManifest({
  version,
  identifier,
  title,
  launch,
  files,
}: PackageDescription): string {
  const id = checkIdentifier(identifier);
  if (!files.includes(launch))
    throw new RangeError(`the launch page ${launch} is not in the package`);
  // SCORM 1.2 spells the attribute scormtype, 2004 scormType.
  const scormType = version === '1.2' ? 'adlcp:scormtype' : 'adlcp:scormType';
  const name = escapeXml(title);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${id}" version="1" ${namespaces[version]}>`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    `    <schemaversion>${schemaVersion[version]}</schemaversion>`,
    '  </metadata>',
    `  <organizations default="${id}-org">`,
    `    <organization identifier="${id}-org">`,
    `      <title>${name}</title>`,
    `      <item identifier="${id}-item" identifierref="${id}-sco">`,
    `        <title>${name}</title>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${id}-sco" type="webcontent" ${scormType}="sco" href="${escapeXml(launch)}">`,
    ...files.map((file) => `      <file href="${escapeXml(file)}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/** The `<file href>`s a manifest lists, unescaped. */
export function manifestFiles(xml: string): string[] {
  const unescape = (text: string) =>
    text.replace(
      /&(amp|lt|gt|quot|apos);/g,
      (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!,
    );
  return [...xml.matchAll(/<file href="([^"]*)"\s*\/>/g)].map((match) => unescape(match[1]!));
}

/**
 * Throws unless the manifest lists exactly the package's files: a file listed but missing
 * breaks the launch in strict LMSs, one present but unlisted may not be served.
 */
export function checkManifest(xml: string, files: readonly string[]): void {
  const listed = new Set(manifestFiles(xml));
  const present = new Set(files);
  const missing = [...listed].filter((file) => !present.has(file));
  const unlisted = [...present].filter((file) => !listed.has(file));
  if (missing.length > 0 || unlisted.length > 0) {
    throw new Error(
      `imsmanifest.xml does not match the package: listed but missing ${JSON.stringify(missing)}, ` +
        `present but unlisted ${JSON.stringify(unlisted)}`,
    );
  }
}
