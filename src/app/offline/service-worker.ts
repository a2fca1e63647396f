import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/** A new version of the site is installed and waiting; `apply` switches to it and reloads. */
export const updateStore = createStore<{ apply: (() => void) | null }>()(() => ({ apply: null }));

export function useUpdate(): (() => void) | null {
  return useStore(updateStore, (s) => s.apply);
}

/**
 * Registers the service worker that keeps every page working offline (built by
 * scripts/service-worker.mjs; built sites only). A newer version waits until the student
 * accepts it from the update banner, so a page never mixes old HTML with new scripts.
 * Where registration is refused (a sandboxed or third-party iframe, private modes) the site
 * simply stays online-only.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const base = import.meta.env.BASE_URL;
  try {
    const { Workbox } = await import('workbox-window');
    const wb = new Workbox(`${base}sw.js`, { scope: base });
    wb.addEventListener('waiting', () => {
      updateStore.setState({
        apply() {
          wb.addEventListener('controlling', () => window.location.reload());
          wb.messageSkipWaiting();
        },
      });
    });
    await wb.register();
  } catch {
    // No offline copy this time; nothing the student needs to hear about.
  }
}
