import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { copyText } from '../widgets/shared/copy-embed-link';
import { fillPlaceholders } from './fill';
import { codeLensValues, type CodeLensExample, type CodeLensNumbers } from './values';
import './code-lens.css';

export interface CodeLensProps extends CodeLensNumbers {
  /** Unique on the page: the tabs' and panels' ids start with it. */
  id: string;
  /** One name per code block, in order, e.g. `['NumPy', 'PyTorch']`. */
  tabs: string[];
  /**
   * Which computed outputs the code's `__placeholders__` take (`logitLoss`, `klDiv`,
   * `logEpsilon`), from the numbers given as props (`logits`, `target`, `teacher`,
   * `temperature`, `p`, `epsilon`): use the same arrays the page's widgets are given.
   */
  example: CodeLensExample;
  /** The code blocks, one per tab, highlighted by Shiki when the lesson is compiled. */
  children?: ReactNode;
}

/**
 * The same computation in several libraries, as tabs (the WAI-ARIA tabs pattern: arrows, Home
 * and End move between tabs, Tab moves into the code), with a Copy button. The code arrives
 * highlighted and with its outputs computed when the page is built; this only switches panels.
 */
export function CodeLens({ id, tabs, example, children, ...numbers }: CodeLensProps) {
  // At prerender the children are the highlighted code, whose placeholders get their values here;
  // in the browser they are that prerendered HTML, which no placeholder is left in.
  const key = JSON.stringify(numbers);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the numbers
  const values = useMemo(() => codeLensValues(example, numbers), [example, key]);
  const code = useMemo(() => fillPlaceholders(children, values), [children, values]);
  const [active, setActive] = useState(0);
  const [copied, setCopied] = useState('');
  const root = useRef<HTMLElement>(null);
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);

  function select(i: number) {
    setActive(i);
    setCopied('');
    tabRefs.current[i]?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? (active + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (active + last) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    select(next);
  }

  async function copy() {
    // The panels are prerendered HTML the component does not own: read the shown one's text.
    const code = root.current?.querySelector(`[id="${id}-panel-${active}"] pre`)?.textContent ?? '';
    setCopied(
      (await copyText(code))
        ? `${tabs[active]} code copied.`
        : 'Copying is blocked here: select the code and copy it by hand.',
    );
  }

  return (
    <figure className="code-lens" ref={root}>
      <div className="code-lens-bar">
        <div role="tablist" aria-label="Library" onKeyDown={onKeyDown}>
          {tabs.map((tab, i) => (
            <button
              key={tab}
              ref={(el) => {
                tabRefs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`${id}-tab-${i}`}
              aria-selected={active === i}
              aria-controls={`${id}-panel-${i}`}
              tabIndex={active === i ? 0 : -1}
              onClick={() => select(i)}
            >
              {tab}
            </button>
          ))}
        </div>
        <button type="button" className="code-lens-copy" onClick={() => void copy()}>
          Copy code
        </button>
        <span role="status" className="code-lens-status">
          {copied}
        </span>
      </div>
      <div className="code-lens-panels" data-active={active}>
        {code}
      </div>
    </figure>
  );
}
