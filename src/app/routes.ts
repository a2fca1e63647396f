/** The pages the site has. Widget embeds join this list in their own issues. */
export type Route =
  | { name: 'home' }
  | { name: 'lesson'; slug: string; embed: boolean }
  | { name: 'pq-embed' }
  | { name: 'kl-embed' }
  | { name: 'not-found' };

/** The URL path of a route under `base` (Vite's BASE_URL, always ending in `/`). */
export function pathOf(route: Route, base: string): string {
  switch (route.name) {
    case 'home':
      return base;
    case 'lesson':
      return `${base}${route.embed ? 'embed/' : ''}lessons/${route.slug}/`;
    case 'pq-embed':
      return `${base}embed/widgets/pq/`;
    case 'kl-embed':
      return `${base}embed/widgets/kl-explorer/`;
    case 'not-found':
      return `${base}404.html`;
  }
}

/**
 * Which route a URL path shows. Accepts paths with or without the trailing slash or
 * `index.html`; lessons not in `slugs` are not found.
 */
export function matchRoute(pathname: string, base: string, slugs: readonly string[]): Route {
  if (!pathname.startsWith(base) && pathname + '/' !== base) return { name: 'not-found' };
  const rest = pathname
    .slice(base.length)
    .replace(/(^|\/)index\.html$/, '')
    .replace(/\/$/, '');
  if (rest === '') return { name: 'home' };
  if (rest === 'embed/widgets/pq') return { name: 'pq-embed' };
  if (rest === 'embed/widgets/kl-explorer') return { name: 'kl-embed' };
  const lesson = /^(embed\/)?lessons\/([^/]+)$/.exec(rest);
  if (lesson && slugs.includes(lesson[2]!)) {
    return { name: 'lesson', slug: lesson[2]!, embed: Boolean(lesson[1]) };
  }
  return { name: 'not-found' };
}
