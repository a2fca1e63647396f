import { useEffect, useReducer, useState } from 'react';
import { onReport } from '../../embed/host-link';
import { widgets, type WidgetName } from '../../widgets/registry';
import { WidgetNotices } from '../../widgets/shared/WidgetNotices';
import { copyText } from '../../widgets/shared/copy-embed-link';
import { loadEmbeds, loadedEmbed } from './embeds';
import {
  parsePlaygroundSearch,
  toPlaygroundSearch,
  type PlaygroundLayout,
  type PlaygroundState,
} from './playground-url';
import './playground.css';

const layouts: [PlaygroundLayout, string][] = [
  ['column', 'One under another'],
  ['side', 'Side by side'],
];

/** Loads the widgets a playground URL shows, before its island renders (see the islands registry). */
export async function loadShownWidgets(search: string): Promise<void> {
  await loadEmbeds(parsePlaygroundSearch(search).state.shown);
}

/** The island's component, once the widgets this page's URL shows have loaded. */
export async function withShownWidgets() {
  await loadShownWidgets(window.location.search);
  return Playground;
}

/**
 * Every widget of the registry with all its controls, shown alone or several side by side.
 * The whole setup lives in the URL (each widget's state as its own query), rewritten on every
 * committed change, so the address bar or "Copy this playground's link" shares it as it is.
 * Each widget's own Copy link and Embed buttons give its embed page in the same state.
 */
export function Playground({ search }: { search: string }) {
  const [{ state: initial, notices }] = useState(() => parsePlaygroundSearch(search));
  const [state, setState] = useState<PlaygroundState>(initial);
  const [changed, setChanged] = useState(false);
  const [copied, setCopied] = useState<boolean>();
  // A widget's code arrives after it is ticked: render again once it is there.
  const [, embedsArrived] = useReducer((n: number) => n + 1, 0);

  const update = (next: (s: PlaygroundState) => PlaygroundState) => {
    setState(next);
    setChanged(true);
    setCopied(undefined);
  };

  // Each widget reports its committed states (as its Copy link would write them).
  useEffect(
    () =>
      onReport(({ type, payload }) => {
        if (type !== 'state') return;
        const widget = payload.widget as WidgetName;
        setState((s) => ({ ...s, states: { ...s.states, [widget]: payload.query } }));
        setChanged(true);
        setCopied(undefined);
      }),
    [],
  );
  useEffect(() => {
    if (state.shown.some((name) => !loadedEmbed(name))) {
      void loadEmbeds(state.shown).then(embedsArrived);
    }
  }, [state.shown]);
  useEffect(() => {
    if (changed) history.replaceState(history.state, '', `?${toPlaygroundSearch(state)}`);
  }, [changed, state]);

  const toggle = (name: WidgetName, on: boolean) =>
    update((s) => ({
      ...s,
      // In the registry's order, whatever order they were ticked in.
      shown: widgets.map((w) => w.name).filter((n) => (n === name ? on : s.shown.includes(n))),
    }));

  return (
    <div className="playground" data-layout={state.layout}>
      <WidgetNotices notices={notices} />
      <div className="playground-controls">
        <fieldset>
          <legend>Widgets</legend>
          {widgets.map((w) => (
            <label key={w.name}>
              <input
                type="checkbox"
                name="show"
                value={w.name}
                checked={state.shown.includes(w.name)}
                onChange={(e) => toggle(w.name, e.target.checked)}
              />{' '}
              {w.title}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Layout</legend>
          {layouts.map(([layout, label]) => (
            <label key={layout}>
              <input
                type="radio"
                name="layout"
                value={layout}
                checked={state.layout === layout}
                onChange={() => update((s) => ({ ...s, layout }))}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <p className="playground-link">
          <button type="button" onClick={() => void copyText(window.location.href).then(setCopied)}>
            Copy this playground’s link
          </button>{' '}
          <span role="status">
            {copied === true ? 'Link copied.' : null}
            {copied === false ? `Copying is blocked here; the link is in the address bar.` : null}
          </span>
        </p>
      </div>
      {state.shown.length === 0 ? <p>Tick a widget above to show it.</p> : null}
      <div className="playground-widgets">
        {state.shown.map((name) => {
          const widget = widgets.find((w) => w.name === name)!;
          const Embed = loadedEmbed(name);
          return (
            <section
              key={name}
              className="playground-widget"
              aria-labelledby={`playground-${name}`}
              data-widget={name}
            >
              <h2 id={`playground-${name}`}>{widget.title}</h2>
              <p className="playground-description">{widget.description}</p>
              {Embed ? <Embed search={state.states[name] ?? ''} /> : <p>Loading the widget…</p>}
            </section>
          );
        })}
      </div>
    </div>
  );
}
