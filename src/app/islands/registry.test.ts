import { describe, expect, it } from 'vitest';
import { lessonComponentNames, staticComponentNames } from '../../lesson/component-names';
import { embedIslandName, islandEntry, islands, type IslandName } from './registry';
import { widgets } from '../../widgets/registry';

describe('the islands registry', () => {
  it('lists every interactive lesson component, from the module lessons import', () => {
    const isStatic = new Set<string>(staticComponentNames);
    for (const name of lessonComponentNames.filter((n) => !isStatic.has(n))) {
      expect(islands, name).toHaveProperty(name);
      expect(islandEntry(name as IslandName).file).toBe(`src/lesson/components/${name}.tsx`);
    }
  });

  it('hydrates lesson widgets and quizzes as the reader nears them, the chrome at load', () => {
    expect(islandEntry('PQBars').hydrate).toBe('near');
    expect(islandEntry('NumericQuestion').hydrate).toBe('near');
    expect(islandEntry('ThemeToggle').hydrate ?? 'load').toBe('load');
    expect(islandEntry('embed:pq-bars').hydrate ?? 'load').toBe('load');
  });

  it('has an embed page island for every widget, from its folder', () => {
    for (const widget of widgets) {
      expect(islands[embedIslandName(widget.folder)]).toMatchObject({
        file: `src/widgets/${widget.folder}/embed.tsx`,
        urlSearch: true,
      });
    }
  });
});
