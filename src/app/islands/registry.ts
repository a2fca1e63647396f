import type { ComponentType } from 'react';

/** Hydrates a store from the browser's storage once its islands have hydrated. */
type AfterHydration = () => Promise<unknown>;

// Stored progress and settings are read only after hydration, so the first client render matches
// the prerendered HTML (both stores skip hydration for that reason).
const readProgress: AfterHydration = () =>
  import('../../store/progress').then((m) => m.hydrateProgress());
const readSettings: AfterHydration = () =>
  import('../../store/settings').then((m) => m.settingsStore.persist.rehydrate());

export interface IslandEntry {
  /** The module's source path: the key under which the build's manifest lists its chunk. */
  file: string;
  /** The component, loaded on demand so a page fetches only the islands it shows. */
  // Any props: each island's props come from its prerender as JSON, checked there by TypeScript.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  load(): Promise<ComponentType<any>>;
  /** Stores to read from storage once every island on the page has hydrated. */
  afterHydration?: AfterHydration[];
  /** Its `search` prop is the page URL's query (the prerender used none). */
  urlSearch?: boolean;
  /**
   * `load` (default): preloaded with the page and hydrated at once. `near`: fetched and hydrated
   * only as the reader scrolls close to it (or focuses it), so a lesson's widgets and quizzes,
   * all screens below its opening, cost nothing before the student touches the page.
   */
  hydrate?: 'load' | 'near';
}

/** One of the page chrome's islands (chrome.ts). */
function chrome(
  name: keyof typeof import('./chrome'),
  afterHydration?: AfterHydration,
): IslandEntry {
  return {
    file: 'src/app/islands/chrome.ts',
    load: async () => (await import('./chrome'))[name],
    afterHydration: afterHydration ? [afterHydration] : [],
  };
}

type LessonModule = { default: ComponentType<any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * An interactive lesson component (src/lesson/components/<Name>.tsx, the module MDX imports),
 * loaded by its own literal import: an import built from the name would make every module in
 * that folder, static figures included, a chunk that each page's entry lists for preloading.
 */
function lessonComponent(
  name: string,
  load: () => Promise<LessonModule>,
  afterHydration?: AfterHydration[],
): IslandEntry {
  return {
    file: `src/lesson/components/${name}.tsx`,
    load: async () => (await load()).default,
    afterHydration,
    hydrate: 'near',
  };
}

/**
 * The interactive parts of pages. Everything else is prerendered HTML that no script touches:
 * the browser fetches and runs code only for these, not for the prose around them.
 */
const entries = {
  ThemeToggle: chrome('ThemeToggle', readSettings),
  LessonProgress: chrome('LessonProgress', readProgress),
  LessonProgressCount: chrome('LessonProgressCount', readProgress),
  ProgressTools: chrome('ProgressTools', readProgress),
  ContinueReading: chrome('ContinueReading', readProgress),

  ConnectionNotes: chrome('ConnectionNotes'),
  // Its own island, not the chrome's: pages without a lesson (home, 404) never fetch it.
  LessonEmbedButton: {
    file: 'src/embed/LessonEmbedButton.tsx',
    load: async () => (await import('../../embed/LessonEmbedButton')).LessonEmbedButton,
  },
  // The playground: its widgets' code is loaded with it (only those its URL shows), so its
  // first render matches the prerender. It waits for the visitor's first move like a lesson's
  // widgets, unless the URL sets it up (see hydrate-islands.tsx).
  Playground: {
    file: 'src/app/playground/Playground.tsx',
    load: () => import('../playground/Playground').then((m) => m.withShownWidgets()),
    urlSearch: true,
    hydrate: 'near',
  },
  PQBars: lessonComponent('PQBars', () => import('../../lesson/components/PQBars.tsx')),
  LiveFormula: lessonComponent(
    'LiveFormula',
    () => import('../../lesson/components/LiveFormula.tsx'),
  ),
  KLExplorer: lessonComponent('KLExplorer', () => import('../../lesson/components/KLExplorer.tsx')),
  JointTable: lessonComponent('JointTable', () => import('../../lesson/components/JointTable.tsx')),
  SplitGain: lessonComponent('SplitGain', () => import('../../lesson/components/SplitGain.tsx')),
  SoftmaxLoss: lessonComponent(
    'SoftmaxLoss',
    () => import('../../lesson/components/SoftmaxLoss.tsx'),
  ),
  SoftmaxFormula: lessonComponent(
    'SoftmaxFormula',
    () => import('../../lesson/components/SoftmaxFormula.tsx'),
  ),
  TokenLoss: lessonComponent('TokenLoss', () => import('../../lesson/components/TokenLoss.tsx')),
  CodeLens: lessonComponent('CodeLens', () => import('../../lesson/components/CodeLens.tsx')),
  NumericQuestion: lessonComponent(
    'NumericQuestion',
    () => import('../../lesson/components/NumericQuestion.tsx'),
    [readProgress],
  ),
  ChoiceQuestion: lessonComponent(
    'ChoiceQuestion',
    () => import('../../lesson/components/ChoiceQuestion.tsx'),
    [readProgress],
  ),
  Challenge: lessonComponent('Challenge', () => import('../../lesson/components/Challenge.tsx'), [
    readProgress,
  ]),
} satisfies Record<string, IslandEntry>;

/** The island of a widget's embed page: `embed:<folder>` (src/widgets/<folder>/embed.tsx). */
export function embedIslandName(folder: string): `embed:${string}` {
  return `embed:${folder}`;
}

// Found by file name rather than read from the widget registry, whose titles and descriptions
// only the build needs: every page's entry carries this file.
const embedPages = import.meta.glob<{ EmbedPage: ComponentType<{ search: string }> }>(
  '../../widgets/*/embed.tsx',
);

const embeds: Record<`embed:${string}`, IslandEntry> = Object.fromEntries(
  Object.entries(embedPages).map(([path, load]) => {
    const folder = path.split('/').at(-2)!;
    const entry: IslandEntry = {
      file: `src/widgets/${folder}/embed.tsx`,
      load: async () => (await load()).EmbedPage,
      urlSearch: true,
    };
    return [embedIslandName(folder), entry];
  }),
);

export type IslandName = keyof typeof entries | `embed:${string}`;
export const islands: Partial<Record<IslandName, IslandEntry>> = { ...entries, ...embeds };

/** The island called `name`; the build fails on a name the registry does not have. */
export function islandEntry(name: IslandName): IslandEntry {
  const entry = islands[name];
  if (!entry) throw new Error(`island "${name}" is not in the registry (src/app/islands)`);
  return entry;
}
