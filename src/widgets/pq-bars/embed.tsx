import { PQBars } from './PQBars';
import { parsePQSearch } from './url-state';
import { WidgetBoundary } from '../../lesson/WidgetBoundary';

/**
 * The P/Q widget alone, for instructors' iframes. Its state comes from the URL
 * (`?p=0.5,0.5&q=0.9,0.1&labels=heads,tails&unit=bits&lockP=1`); whatever cannot be used
 * is listed in a notice above the widget.
 */
export function EmbedPage({ search }: { search: string }) {
  const { state, notices } = parsePQSearch(search);
  return (
    <WidgetBoundary label="the P/Q bar widget">
      <PQBars id="embed" {...state} notices={notices} />
    </WidgetBoundary>
  );
}
