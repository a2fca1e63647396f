import { lazy, Suspense, useRef, useState } from 'react';
import type { EmbedTarget } from './embed-target';

// The dialog's code and styles arrive when an instructor first asks for them, not with the page.
const EmbedDialog = lazy(() => import('./EmbedDialog'));

/**
 * "Embed": opens a dialog with the snippets that put this lesson or widget, in its current
 * state, on another page. `target` is read when the button is pressed, so a widget's snippet
 * holds the state the instructor has just set up.
 */
export function EmbedButton({ target }: { target: () => EmbedTarget | Promise<EmbedTarget> }) {
  const [open, setOpen] = useState<EmbedTarget>();
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="embed-button"
        aria-haspopup="dialog"
        onClick={() => void Promise.resolve(target()).then(setOpen)}
      >
        Embed
      </button>
      {open ? (
        <Suspense fallback={null}>
          <EmbedDialog
            target={open}
            onClose={() => {
              setOpen(undefined);
              button.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
