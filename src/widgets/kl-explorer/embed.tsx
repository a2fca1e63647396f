import { KLExplorer } from './KLExplorer';
import { parseKLSearch } from './url-state';
import { WidgetBoundary } from '../../lesson/WidgetBoundary';

/**
 * The KL explorer alone, for instructors' iframes. Its state comes from the URL
 * (`?mix=0.5:-2.2:0.7,0.5:2.2:0.7&mu=0&sigma=1.5&unit=nats`); whatever cannot be used is listed
 * in a notice above the widget.
 */
export function EmbedPage({ search }: { search: string }) {
  const { state, notices } = parseKLSearch(search);
  return (
    <WidgetBoundary label="the KL explorer">
      <KLExplorer
        id="embed"
        mixture={state.p}
        q={state.q}
        unit={state.unit}
        direction={state.direction}
        notices={notices}
      />
    </WidgetBoundary>
  );
}
