import { JointTable } from './JointTable';
import { parseJointSearch } from './url-state';
import { WidgetBoundary } from '../../lesson/WidgetBoundary';

/**
 * The joint-table widget alone, for instructors' iframes. Its state comes from the URL
 * (`?joint=0.3,0.2;0.1,0.4&x=rain,dry&y=umbrella,none&unit=bits`); whatever cannot be used is
 * listed in a notice above the widget.
 */
export function EmbedPage({ search }: { search: string }) {
  const { state, notices } = parseJointSearch(search);
  return (
    <WidgetBoundary label="the joint table widget">
      <JointTable id="embed" {...state} notices={notices} />
    </WidgetBoundary>
  );
}
