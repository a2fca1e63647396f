import type { ScormVersion } from './connection';

/**
 * Where a lesson's LMS packages are: the build writes them there and the Embed dialog links to
 * them, both from this one list.
 */
export const packageVersions = [
  { version: '1.2', suffix: 'scorm12', label: 'SCORM 1.2' },
  { version: '2004', suffix: 'scorm2004', label: 'SCORM 2004 (4th edition)' },
] as const satisfies readonly { version: ScormVersion; suffix: string; label: string }[];

/** `scorm/<slug>-scorm12.zip`: the package's path under the site's base. */
export function packageFile(slug: string, version: ScormVersion): string {
  const { suffix } = packageVersions.find((v) => v.version === version)!;
  return `scorm/${slug}-${suffix}.zip`;
}

/** Both packages of a lesson for the Embed dialog: [label, path under the site]. */
export function lessonPackages(slug: string): (readonly [string, string])[] {
  return packageVersions.map(({ version, label }) => [label, packageFile(slug, version)] as const);
}
