import { PQBars } from '../widgets/pq-bars/PQBars';
import { parsePQSearch } from '../widgets/pq-bars/url-state';
import { WidgetBoundary } from '../lesson/WidgetBoundary';

/**
 * The P/Q widget alone, for instructors' iframes. Its state comes from the URL
 * (`?p=0.5,0.5&q=0.9,0.1&labels=heads,tails&unit=bits&lockP=1`); whatever cannot be used
 * is listed in a notice above the widget.
 */
export function PQEmbedPage({ search }: { search: string }) {
  const { state, notices } = parsePQSearch(search);
  return (
    <>
      <h1 className="visually-hidden">P and Q bars</h1>
      <WidgetBoundary label="the P/Q bar widget">
        <PQBars id="embed" {...state} notices={notices} />
      </WidgetBoundary>
    </>
  );
}
