import fs from 'node:fs';
import path from 'node:path';
import { siteDir } from '../../playwright.config';

/**
 * Every page of the built site, as the URL path a browser asks for: each prerendered
 * `index.html` (and `404.html`), so a new lesson or widget is covered without editing a list.
 */
export function builtRoutes(): string[] {
  const routes: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      const url = '/' + path.relative(siteDir, file).split(path.sep).join('/');
      if (entry.isDirectory()) walk(file);
      else if (entry.name === 'index.html') routes.push(url.replace(/index\.html$/, ''));
      else if (entry.name === '404.html') routes.push(url);
    }
  };
  walk(siteDir);
  return routes.sort();
}
