import { useEffect } from 'react';
import { useStore } from 'zustand';
import { settingsStore } from '../store/settings';
import { useSystemDark } from './useSystemDark';

/**
 * Switches between light and dark; the choice is remembered, and until one is made the theme
 * follows the system. The icon is chosen by CSS from <html data-theme>, which index.html sets
 * before first paint, so hydration changes nothing visible.
 */
export function ThemeToggle() {
  const chosen = useStore(settingsStore, (s) => s.theme);
  const systemDark = useSystemDark();
  const effective = chosen ?? (systemDark ? 'dark' : 'light');

  useEffect(() => {
    document.documentElement.dataset.theme = effective;
  }, [effective]);

  return (
    <button
      type="button"
      className="theme-toggle"
      aria-pressed={effective === 'dark'}
      onClick={() => settingsStore.getState().setTheme(effective === 'dark' ? 'light' : 'dark')}
    >
      <svg className="icon-moon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M20 14.5A8.5 8.5 0 0 1 9.5 4a8.5 8.5 0 1 0 10.5 10.5Z" />
      </svg>
      <svg className="icon-sun" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <circle cx="12" cy="12" r="4.5" />
        <path d="M12 1.5v3M12 19.5v3M1.5 12h3M19.5 12h3M4.6 4.6l2.1 2.1M17.3 17.3l2.1 2.1M4.6 19.4l2.1-2.1M17.3 6.7l2.1-2.1" />
      </svg>
      <span className="visually-hidden">Dark theme</span>
    </button>
  );
}
