import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import 'katex/dist/katex.min.css';
import '../styles/global.css';
import { App } from './App';
import { headOf, loadPage } from './load-page';
import { settingsStore } from '../store/settings';

async function start() {
  const container = document.getElementById('root')!;
  const page = await loadPage(window.location.pathname, import.meta.env.BASE_URL);
  const app = (
    <StrictMode>
      <App page={page} />
    </StrictMode>
  );
  // Built pages arrive prerendered and are hydrated; the dev server sends an empty root.
  if (container.firstElementChild) {
    hydrateRoot(container, app);
  } else {
    document.title = headOf(page).title;
    createRoot(container).render(app);
  }
  await settingsStore.persist.rehydrate();
}

void start();
