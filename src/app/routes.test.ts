import { describe, expect, it } from 'vitest';
import { matchRoute, pathOf, type Route } from './routes';

const slugs = ['entropy', 'cross-entropy'];

describe('matchRoute', () => {
  it.each<[string, string, Route]>([
    ['/', '/', { name: 'home' }],
    ['/index.html', '/', { name: 'home' }],
    ['/lessons/entropy/', '/', { name: 'lesson', slug: 'entropy', embed: false }],
    ['/lessons/entropy', '/', { name: 'lesson', slug: 'entropy', embed: false }],
    ['/lessons/entropy/index.html', '/', { name: 'lesson', slug: 'entropy', embed: false }],
    ['/embed/lessons/cross-entropy/', '/', { name: 'lesson', slug: 'cross-entropy', embed: true }],
    ['/embed/widgets/pq/', '/', { name: 'widget-embed', widget: 'pq' }],
    ['/sub/path/embed/widgets/pq', '/sub/path/', { name: 'widget-embed', widget: 'pq' }],
    ['/embed/widgets/kl-explorer/', '/', { name: 'widget-embed', widget: 'kl-explorer' }],
    [
      '/sub/path/embed/widgets/kl-explorer/index.html',
      '/sub/path/',
      { name: 'widget-embed', widget: 'kl-explorer' },
    ],
    ['/embed/widgets/kl-explorer/extra/', '/', { name: 'not-found' }],
    ['/embed/widgets/nope/', '/', { name: 'not-found' }],
    ['/lessons/nope/', '/', { name: 'not-found' }],
    ['/lessons/', '/', { name: 'not-found' }],
    ['/lessons/entropy/extra/', '/', { name: 'not-found' }],
    ['/formulas/', '/', { name: 'formulas' }],
    ['/sub/path/formulas', '/sub/path/', { name: 'formulas' }],
    ['/playground/', '/', { name: 'playground' }],
    ['/sub/path/playground/index.html', '/sub/path/', { name: 'playground' }],
    ['/sub/path/', '/sub/path/', { name: 'home' }],
    ['/sub/path', '/sub/path/', { name: 'home' }],
    ['/sub/path/lessons/entropy/', '/sub/path/', { name: 'lesson', slug: 'entropy', embed: false }],
    ['/lessons/entropy/', '/sub/path/', { name: 'not-found' }],
  ])('%s under base %s', (pathname, base, route) => {
    expect(matchRoute(pathname, base, slugs)).toEqual(route);
  });
});

describe('pathOf', () => {
  it('builds paths under the base that matchRoute reads back', () => {
    const routes: Route[] = [
      { name: 'home' },
      { name: 'lesson', slug: 'entropy', embed: false },
      { name: 'lesson', slug: 'entropy', embed: true },
      { name: 'formulas' },
      { name: 'widget-embed', widget: 'pq' },
      { name: 'widget-embed', widget: 'kl-explorer' },
    ];
    for (const base of ['/', '/sub/path/']) {
      for (const route of routes)
        expect(matchRoute(pathOf(route, base), base, slugs)).toEqual(route);
    }
    expect(pathOf({ name: 'lesson', slug: 'entropy', embed: true }, '/x/')).toBe(
      '/x/embed/lessons/entropy/',
    );
  });
});
