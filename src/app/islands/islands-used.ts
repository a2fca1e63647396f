import type { IslandName } from './registry';

/** The islands of the page being prerendered, for the build to preload their chunks. */
const used = new Set<IslandName>();

export function noteIsland(name: IslandName): void {
  used.add(name);
}

/** Forgets the last page's islands and returns them. */
export function takeIslandsUsed(): IslandName[] {
  const names = [...used];
  used.clear();
  return names;
}
