import './page-styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { headOf, loadPage } from './load-page';
import { settingsStore } from '../store/settings';
import { hydrateProgress } from '../store/progress';
import { provideTypeset } from '../widgets/shared/typeset';

/** The whole app rendered in the browser, for the dev server (which prerenders nothing). */
async function start() {
  // Nothing was typeset at build time: live formulas use KaTeX right here.
  provideTypeset((await import('../widgets/shared/katex-typeset')).katexTypeset);
  const container = document.getElementById('root')!;
  const { pathname, search } = window.location;
  const page = await loadPage(pathname, search, import.meta.env.BASE_URL);
  document.title = headOf(page).title;
  container.replaceChildren();
  createRoot(container).render(
    <StrictMode>
      <App page={page} />
    </StrictMode>,
  );
  await hydrateProgress();
  await settingsStore.persist.rehydrate();
}

void start();
