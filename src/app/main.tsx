import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import '../styles/global.css';
import { App } from './App';
import { headOf, loadPage, matchesPrerender } from './load-page';
import { settingsStore } from '../store/settings';
import { hydrateProgress } from '../store/progress';
import { registerServiceWorker } from './offline/service-worker';

async function start() {
  const container = document.getElementById('root')!;
  const { pathname, search } = window.location;
  const page = await loadPage(pathname, search, import.meta.env.BASE_URL);
  const app = (
    <StrictMode>
      <App page={page} />
    </StrictMode>
  );
  // Built pages arrive prerendered and are hydrated; the dev server sends an empty root.
  if (container.firstElementChild && matchesPrerender(page)) {
    hydrateRoot(container, app);
  } else {
    document.title = headOf(page).title;
    container.replaceChildren();
    createRoot(container).render(app);
  }
  await hydrateProgress();
  await settingsStore.persist.rehydrate();
  // After the page is usable: the worker then precaches the rest of the site in the background.
  void registerServiceWorker();
}

void start();
