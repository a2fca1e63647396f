import { PQBars } from './PQBars';
import { parsePQSearch, toPQSearch } from './url-state';
import { WidgetBoundary } from '../../lesson/WidgetBoundary';
import { useCommittedPQWidget } from '../../store/pq-widgets';
import { steeredByHost, useReportCommits, type EmbedPageProps } from '../../embed/widget-embed';

/**
 * The P/Q widget alone, for instructors' iframes. Its state comes from the URL
 * (`?p=0.5,0.5&q=0.9,0.1&labels=heads,tails&unit=bits&lockP=1`) or the host's `setState`;
 * whatever cannot be used is listed in a notice above the widget.
 */
function PQEmbed({ search, id }: EmbedPageProps) {
  const { state, notices } = parsePQSearch(search);
  useReportCommits('pq', useCommittedPQWidget(id), toPQSearch);
  return (
    <WidgetBoundary label="the P/Q bar widget">
      <PQBars id={id} {...state} notices={notices} />
    </WidgetBoundary>
  );
}

export const EmbedPage = steeredByHost(PQEmbed);
