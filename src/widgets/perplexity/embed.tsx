import { WidgetBoundary } from '../../lesson/WidgetBoundary';
import { steeredByHost, useReportCommits, type EmbedPageProps } from '../../embed/widget-embed';
import { tokenLossWidgets } from './store';
import { TokenLoss } from './TokenLoss';
import { parseTokenLossSearch, toTokenLossSearch } from './url-state';

/**
 * The per-token loss widget alone, for instructors' iframes. Its state comes from the URL
 * (`?tokens=the,cat,sat&q=0.5,0.25,0.8&unit=nats`) or the host's `setState`; whatever cannot be
 * used is listed in a notice.
 */
function TokenLossEmbed({ search, id }: EmbedPageProps) {
  const { state, notices } = parseTokenLossSearch(search);
  useReportCommits('perplexity', tokenLossWidgets.useCommitted(id), toTokenLossSearch);
  return (
    <WidgetBoundary label="the per-token loss widget">
      <TokenLoss id={id} {...state} notices={notices} />
    </WidgetBoundary>
  );
}

export const EmbedPage = steeredByHost(TokenLossEmbed);
