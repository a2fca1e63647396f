import { describe, expect, it } from 'vitest';
import { lessonPackages, packageFile } from './package-paths';

describe('package paths', () => {
  it('names each version', () => {
    expect(packageFile('entropy', '1.2')).toBe('scorm/entropy-scorm12.zip');
    expect(packageFile('entropy', '2004')).toBe('scorm/entropy-scorm2004.zip');
  });

  it('lists both for the Embed dialog', () => {
    expect(lessonPackages('kl-divergence')).toEqual([
      ['SCORM 1.2', 'scorm/kl-divergence-scorm12.zip'],
      ['SCORM 2004 (4th edition)', 'scorm/kl-divergence-scorm2004.zip'],
    ]);
  });
});
