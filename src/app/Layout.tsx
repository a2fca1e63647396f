import type { ReactNode } from 'react';
import { pathOf } from './routes';
import { ThemeToggle } from './ThemeToggle';
import { ConnectionNotes } from './offline/ConnectionNotes';
import { island } from './islands/island';

const ThemeToggleIsland = island('ThemeToggle', ThemeToggle);
const ConnectionNotesIsland = island('ConnectionNotes', ConnectionNotes);

/** Site chrome around every full page: skip link, header, main landmark, footer. */
export function Layout({ children }: { children: ReactNode }) {
  const home = pathOf({ name: 'home' }, import.meta.env.BASE_URL);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <a className="brand" href={home}>
          Entropic
        </a>
        <nav aria-label="Site">
          <a href={home}>Lessons</a>
          <a href={pathOf({ name: 'formulas' }, import.meta.env.BASE_URL)}>Formulas</a>
        </nav>
        <ThemeToggleIsland />
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Entropic: interactive lessons on entropy, cross-entropy and KL divergence. For the full
          theory, see Cover and Thomas, <cite>Elements of Information Theory</cite>, chapter 2.
        </p>
        {/* Not in the header: a fourth link there no longer fits a 320 px phone. */}
        <p>
          Every widget with all its controls, to explore or to embed:{' '}
          <a href={pathOf({ name: 'playground' }, import.meta.env.BASE_URL)}>the playground</a>.
        </p>
      </footer>
      <ConnectionNotesIsland />
    </>
  );
}
