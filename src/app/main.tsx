import './page-styles';
import { hydrateIslands } from './islands/hydrate-islands';
import { beginInteraction, onFirstInteraction } from './first-interaction';

// Built pages arrive prerendered and hydrate only their islands. (The dev server, which
// prerenders nothing, starts render-app.tsx instead: see vite.config.ts.)
void hydrateIslands();

// An embed page inside an iframe talks to its host page (its height, answers, widget states).
// Its reader scrolls the host page, which the frame never sees: its islands hydrate as they
// come into view, without waiting for a first move inside the frame.
if (window.parent !== window && document.querySelector('main.embed')) {
  void import('../embed/messenger').then((m) => m.startMessenger());
  beginInteraction();
}

// The service worker, which then precaches the whole site for offline use, is fetched at the
// student's first scroll, key or touch: any real visit has one.
onFirstInteraction(() => {
  void import('./offline/service-worker').then((m) => m.registerServiceWorker());
});
