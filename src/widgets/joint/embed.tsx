import { JointTable } from './JointTable';
import { jointWidgets } from './store';
import { parseJointSearch, toJointSearch } from './url-state';
import { WidgetBoundary } from '../../lesson/WidgetBoundary';
import { steeredByHost, useReportCommits, type EmbedPageProps } from '../../embed/widget-embed';

/**
 * The joint-table widget alone, for instructors' iframes. Its state comes from the URL
 * (`?joint=0.3,0.2;0.1,0.4&x=rain,dry&y=umbrella,none&unit=bits`) or the host's `setState`;
 * whatever cannot be used is listed in a notice above the widget.
 */
function JointEmbed({ search, id }: EmbedPageProps) {
  const { state, notices } = parseJointSearch(search);
  useReportCommits('joint', jointWidgets.useCommitted(id), toJointSearch);
  return (
    <WidgetBoundary label="the joint table widget">
      <JointTable id={id} {...state} notices={notices} />
    </WidgetBoundary>
  );
}

export const EmbedPage = steeredByHost(JointEmbed);
