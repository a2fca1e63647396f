import { SplitGain } from './SplitGain';
import { parseSplitSearch } from './url-state';
import { WidgetBoundary } from '../../lesson/WidgetBoundary';

/**
 * The split widget alone, for instructors' iframes. Its state comes from the URL
 * (`?x=1,2,3,4,5,6,7,8,9,10&y=0,0,0,0,1,0,0,1,1,1&t=5.5&unit=bits`); whatever cannot be used is
 * listed in a notice above the widget.
 */
export function EmbedPage({ search }: { search: string }) {
  const { state, notices } = parseSplitSearch(search);
  return (
    <WidgetBoundary label="the split widget">
      <SplitGain id="embed" {...state} notices={notices} />
    </WidgetBoundary>
  );
}
