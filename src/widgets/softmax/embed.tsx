import { WidgetBoundary } from '../../lesson/WidgetBoundary';
import { steeredByHost, useReportCommits, type EmbedPageProps } from '../../embed/widget-embed';
import { SoftmaxLoss } from './SoftmaxLoss';
import { softmaxWidgets } from './store';
import { parseSoftmaxSearch, toSoftmaxSearch } from './url-state';

/**
 * The logits-to-loss widget alone, for instructors' iframes. Its state comes from the URL
 * (`?logits=2,1,0.1&labels=cat,dog,bird&target=0&T=1&eps=0&unit=nats`, `&teacher=3,1,0.2` for
 * distillation) or the host's `setState`; whatever cannot be used is listed in a notice.
 */
function SoftmaxEmbed({ search, id }: EmbedPageProps) {
  const { state, notices } = parseSoftmaxSearch(search);
  useReportCommits('softmax', softmaxWidgets.useCommitted(id), toSoftmaxSearch);
  return (
    <WidgetBoundary label="the logits-to-loss widget">
      <SoftmaxLoss id={id} {...state} teacher={state.teacher ?? undefined} notices={notices} />
    </WidgetBoundary>
  );
}

export const EmbedPage = steeredByHost(SoftmaxEmbed);
