import { describe, expect, it } from 'vitest';
import { packageFile, packageLinks } from './package-paths';

describe('package paths', () => {
  it('names each version', () => {
    expect(packageFile('entropy', '1.2')).toBe('scorm/entropy-scorm12.zip');
    expect(packageFile('entropy', '2004')).toBe('scorm/entropy-scorm2004.zip');
  });

  it('links both under the base', () => {
    expect(packageLinks('kl-divergence', '/sub/path/').map((l) => l.href)).toEqual([
      '/sub/path/scorm/kl-divergence-scorm12.zip',
      '/sub/path/scorm/kl-divergence-scorm2004.zip',
    ]);
  });
});
