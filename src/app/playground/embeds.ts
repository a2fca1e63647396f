import type { ComponentType } from 'react';
import { embedIslandName, islandEntry } from '../islands/registry';
import { widgetNamed, type WidgetName } from '../../widgets/registry';

type EmbedPage = ComponentType<{ search: string }>;

// Each widget's code arrives only when the playground shows it: one chunk per widget, the same
// its embed page loads.
const loaded = new Map<WidgetName, EmbedPage>();

/** Loads the widgets' embed pages, so `loadedEmbed` has them for a synchronous render. */
export async function loadEmbeds(names: readonly WidgetName[]): Promise<void> {
  await Promise.all(
    names.map(async (name) => {
      if (loaded.has(name)) return;
      const folder = widgetNamed(name)!.folder;
      loaded.set(name, (await islandEntry(embedIslandName(folder)).load()) as EmbedPage);
    }),
  );
}

/** A widget's embed page, once loadEmbeds has loaded it. */
export function loadedEmbed(name: WidgetName): EmbedPage | undefined {
  return loaded.get(name);
}
