import './page-styles';
import { hydrateIslands } from './islands/hydrate-islands';
import { beginInteraction, onFirstInteraction } from './first-interaction';
import { layOutSectionsWhenIdle } from './lay-out-sections';

// A lesson in an LMS's SCORM package (its launch page says so) reports to the LMS instead. It
// registers no service worker: the LMS's origin is not ours to cache.
const lmsPackage = document.querySelector('meta[name="entropic-scorm"]') !== null;
const framed = window.parent !== window && document.querySelector('main.embed') !== null;

// Built pages arrive prerendered and hydrate only their islands. (The dev server, which
// prerenders nothing, starts render-app.tsx instead: see vite.config.ts.) An embed page inside
// an iframe talks to its host page (its height, answers, widget states): its islands hydrate
// once that messenger listens, or once its code failed to come. A change made before would be
// reported to nobody (a clean-clone CI run lost a widget's state that way).
if (framed && !lmsPackage)
  void import('../embed/messenger').then((m) => m.startMessenger()).finally(hydrateIslands);
else void hydrateIslands();
layOutSectionsWhenIdle();

// A framed page's reader may scroll the host page (an instructor's, an LMS's), which the frame
// never sees: its islands hydrate as they come into view, without waiting for a move inside it.
if (framed) beginInteraction();

if (lmsPackage) {
  void import('../lms/start').then((m) => m.startLms());
} else {
  // The service worker, which then precaches the whole site for offline use, is fetched at the
  // student's first scroll, key or touch: any real visit has one.
  onFirstInteraction(() => {
    void import('./offline/service-worker').then((m) => m.registerServiceWorker());
  });
}
