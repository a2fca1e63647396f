import { SplitGain } from './SplitGain';
import { splitWidgets } from './store';
import { parseSplitSearch, toSplitSearch } from './url-state';
import { WidgetBoundary } from '../../lesson/WidgetBoundary';
import { steeredByHost, useReportCommits, type EmbedPageProps } from '../../embed/widget-embed';

/**
 * The split widget alone, for instructors' iframes. Its state comes from the URL
 * (`?x=1,2,3,4,5,6,7,8,9,10&y=0,0,0,0,1,0,0,1,1,1&t=5.5&unit=bits`) or the host's `setState`;
 * whatever cannot be used is listed in a notice above the widget.
 */
function SplitEmbed({ search, id }: EmbedPageProps) {
  const { state, notices } = parseSplitSearch(search);
  useReportCommits('split', splitWidgets.useCommitted(id), toSplitSearch);
  return (
    <WidgetBoundary label="the split widget">
      <SplitGain id={id} {...state} notices={notices} />
    </WidgetBoundary>
  );
}

export const EmbedPage = steeredByHost(SplitEmbed);
