import { describe, expect, it } from 'vitest';
import { embedSnippets, lessonEmbedTarget } from './embed-target';
import { embedTargetOf } from '../widgets/shared/embed-target-of';

describe('embed snippets', () => {
  it('frame a widget in its state, at the site and under its base path', async () => {
    const target = await embedTargetOf('pq', 'p=0.5,0.5&labels=a,b');
    const { url, script, iframe } = embedSnippets(target, 'https://x.org/course/', '100%');
    expect(url).toBe('https://x.org/course/embed/widgets/pq/?p=0.5,0.5&labels=a,b');
    expect(script).toBe(
      '<script src="https://x.org/course/embed.js" defer></script>\n' +
        '<div data-entropic-embed="/embed/widgets/pq/?p=0.5,0.5&amp;labels=a,b"></div>',
    );
    expect(iframe).toBe(
      '<iframe src="https://x.org/course/embed/widgets/pq/?p=0.5,0.5&amp;labels=a,b" title="P and Q bars" ' +
        'width="100%" height="560" style="border: 0" loading="lazy"></iframe>',
    );
  });

  it('frame a lesson at a fixed width, and escape what could close an attribute', () => {
    const target = lessonEmbedTarget('entropy', 'Say "hi" <now>');
    const { script, iframe } = embedSnippets(target, 'https://x.org/', 640);
    expect(script).toContain(
      '<div data-entropic-embed="/embed/lessons/entropy/" style="max-width: 640px"></div>',
    );
    expect(iframe).toContain('title="Say &quot;hi&quot; &lt;now>" width="640" height="800"');
  });
});
