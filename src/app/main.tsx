import './page-styles';
import { hydrateIslands } from './islands/hydrate-islands';

// Built pages arrive prerendered and hydrate only their islands. (The dev server, which
// prerenders nothing, starts render-app.tsx instead: see vite.config.ts.) Once the page is
// usable, the service worker precaches the rest of the site in the background.
// (Imported, not bundled in: it shares its update store with the chrome's ConnectionNotes.)
void hydrateIslands()
  .then(() => import('./offline/service-worker'))
  .then(({ registerServiceWorker }) => registerServiceWorker());
