import { useEffect, useId, useRef, useState } from 'react';
import { copyText } from '../widgets/shared/copy-embed-link';
import { embedSnippets, type EmbedTarget, type EmbedWidth } from './embed-target';
import './embed-dialog.css';

const widths: readonly [EmbedWidth, string][] = [
  ['100%', 'Full width'],
  [640, '640 px'],
  [360, '360 px (a phone)'],
];

/** A snippet to copy: the code, selectable, and a Copy button with a fallback. */
function Snippet({ label, code }: { label: string; code: string }) {
  const id = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  async function copy() {
    if (await copyText(code)) return setStatus('Copied.');
    // The clipboard is refused here: select the text so the instructor copies it by hand.
    field.current?.focus();
    field.current?.select();
    setStatus('Copying is blocked here: the snippet is selected, copy it by hand.');
  }
  return (
    <div className="embed-snippet">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} ref={field} readOnly rows={3} value={code} spellCheck={false} />
      <button type="button" onClick={() => void copy()}>
        Copy {label.toLowerCase()}
      </button>{' '}
      <span role="status">{status}</span>
    </div>
  );
}

/**
 * The Embed dialog: a native modal <dialog> (the browser traps focus and closes it on Escape)
 * with the host-script snippet, the plain iframe snippet and a live preview at the chosen width.
 */
export default function EmbedDialog({
  target,
  onClose,
}: {
  target: EmbedTarget;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [width, setWidth] = useState<EmbedWidth>('100%');
  useEffect(() => {
    const element = dialog.current;
    element?.showModal();
    return () => element?.close();
  }, []);

  const site = new URL(import.meta.env.BASE_URL, window.location.origin).href;
  const { url, script, iframe } = embedSnippets(target, site, width);
  return (
    <dialog ref={dialog} className="embed-dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId}>Embed “{target.title}”</h2>
      <p>
        Paste a snippet into your page or your LMS’s HTML editor.
        {target.query ? ' The widget starts in the state it is in now.' : ''}
      </p>
      <fieldset className="embed-widths">
        <legend>Width</legend>
        {widths.map(([value, label]) => (
          <label key={label}>
            <input
              type="radio"
              name={`${headingId}-width`}
              checked={width === value}
              onChange={() => setWidth(value)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <Snippet label="Snippet with the Entropic script" code={script} />
      <p className="embed-note">
        With the script, the frame’s height follows its content, and the element you placed receives
        DOM events: <code>entropic:answer</code>, <code>entropic:progress</code> and{' '}
        <code>entropic:complete</code> as students answer, <code>entropic:state</code> when they
        change a widget. The{' '}
        <a href={`${import.meta.env.BASE_URL}README.md`}>guide for instructors</a> (the README’s
        “For instructors” section) shows a whole example page.
      </p>
      <Snippet label="Plain iframe" code={iframe} />
      {target.packages?.length ? (
        <p>
          For an LMS (Moodle, Canvas, Blackboard, …):{' '}
          {target.packages.map(([label, path], i) => (
            <span key={path}>
              {i > 0 ? ', ' : ''}
              <a href={`${import.meta.env.BASE_URL}${path}`} download>
                {label}
              </a>
            </span>
          ))}
          .
        </p>
      ) : null}
      <h3>Preview</h3>
      <div className="embed-preview">
        <iframe
          src={url}
          title={`Preview: ${target.title}`}
          // A preview to look at: out of the tab order and the accessibility tree, so its page
          // (with landmarks of its own) does not repeat the landmarks of the page around it.
          inert
          style={{ width: width === '100%' ? '100%' : `${width}px`, height: target.minHeight }}
        />
      </div>
      <form method="dialog">
        <button type="submit">Close</button>
      </form>
    </dialog>
  );
}
