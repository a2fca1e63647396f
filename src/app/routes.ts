import { widgetNamed, type WidgetName } from '../widgets/registry.ts';

/** The pages the site has; every widget in the registry has an embed page. */
export type Route =
  | { name: 'home' }
  | { name: 'lesson'; slug: string; embed: boolean }
  | { name: 'widget-embed'; widget: WidgetName }
  | { name: 'formulas' }
  | { name: 'playground' }
  | { name: 'not-found' };

/** The URL path of a route under `base` (Vite's BASE_URL, always ending in `/`). */
export function pathOf(route: Route, base: string): string {
  switch (route.name) {
    case 'home':
      return base;
    case 'lesson':
      return `${base}${route.embed ? 'embed/' : ''}lessons/${route.slug}/`;
    case 'widget-embed':
      return `${base}embed/widgets/${route.widget}/`;
    case 'formulas':
      return `${base}formulas/`;
    case 'playground':
      return `${base}playground/`;
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
  if (rest === 'formulas') return { name: 'formulas' };
  if (rest === 'playground') return { name: 'playground' };
  const widget = widgetNamed(/^embed\/widgets\/([^/]+)$/.exec(rest)?.[1] ?? '');
  if (widget) return { name: 'widget-embed', widget: widget.name };
  const lesson = /^(embed\/)?lessons\/([^/]+)$/.exec(rest);
  if (lesson && slugs.includes(lesson[2]!)) {
    return { name: 'lesson', slug: lesson[2]!, embed: Boolean(lesson[1]) };
  }
  return { name: 'not-found' };
}
