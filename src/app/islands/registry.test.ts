import { describe, expect, it } from 'vitest';
import { lessonComponentNames, staticComponentNames } from '../../lesson/component-names';
import { embedIslandName, islands } from './registry';
import { widgets } from '../../widgets/registry';

describe('the islands registry', () => {
  it('lists every interactive lesson component, from the module lessons import', () => {
    const isStatic = new Set<string>(staticComponentNames);
    for (const name of lessonComponentNames.filter((n) => !isStatic.has(n))) {
      expect(islands, name).toHaveProperty(name);
      expect(islands[name as keyof typeof islands].file).toBe(`src/lesson/components/${name}.tsx`);
    }
  });

  it('hydrates lesson widgets and quizzes as the reader nears them, the chrome at load', () => {
    expect(islands.PQBars.hydrate).toBe('near');
    expect(islands.NumericQuestion.hydrate).toBe('near');
    expect(islands.ThemeToggle.hydrate ?? 'load').toBe('load');
    expect(islands['embed:pq'].hydrate ?? 'load').toBe('load');
  });

  it('has an embed page island for every widget, from its folder', () => {
    for (const widget of widgets) {
      expect(islands[embedIslandName(widget.name)]).toMatchObject({
        file: `src/widgets/${widget.folder}/embed.tsx`,
        urlSearch: true,
      });
    }
  });
});
