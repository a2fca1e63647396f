import { useEffect, useState, type ComponentType } from 'react';
import type { Committed } from '../store/widget-store';
import type { WidgetName } from '../widgets/registry';
import { onHostQuery, reportToHost } from './host-link';

/** What a widget's embed page renders: its widget under `id`, in the state `search` describes. */
export interface EmbedPageProps {
  search: string;
  id: string;
}

/**
 * A widget's embed page that the host page can steer: a `setState` query replaces the URL's
 * state, parsed by the widget's own URL parser (bad values get the same notices). Each new
 * state mounts the widget afresh under a new id, so it starts from the parsed state rather than
 * keeping the old one in its store.
 */
export function steeredByHost(EmbedPage: ComponentType<EmbedPageProps>) {
  return function SteeredEmbedPage({ search }: { search: string }) {
    const [steered, setSteered] = useState({ search, generation: 0 });
    useEffect(
      () =>
        onHostQuery((query) =>
          setSteered((s) => ({ search: query, generation: s.generation + 1 })),
        ),
      [],
    );
    const id = steered.generation === 0 ? 'embed' : `embed-${steered.generation}`;
    return <EmbedPage key={id} id={id} search={steered.search} />;
  };
}

/** Tells the host each committed state of the widget, as the query string Copy link writes. */
export function useReportCommits<S>(
  widget: WidgetName,
  committed: Committed<S> | undefined,
  toSearch: (state: S) => string,
): void {
  useEffect(() => {
    if (committed) reportToHost('state', { widget, query: toSearch(committed.state) });
  }, [widget, committed, toSearch]);
}
