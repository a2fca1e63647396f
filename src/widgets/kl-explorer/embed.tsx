import { KLExplorer } from './KLExplorer';
import { parseKLSearch, toKLSearch } from './url-state';
import { WidgetBoundary } from '../../lesson/WidgetBoundary';
import { useCommittedKLWidget } from '../../store/kl-widgets';
import { steeredByHost, useReportCommits, type EmbedPageProps } from '../../embed/widget-embed';

/**
 * The KL explorer alone, for instructors' iframes. Its state comes from the URL
 * (`?mix=0.5:-2.2:0.7,0.5:2.2:0.7&mu=0&sigma=1.5&unit=nats`) or the host's `setState`;
 * whatever cannot be used is listed in a notice above the widget.
 */
function KLEmbed({ search, id }: EmbedPageProps) {
  const { state, notices } = parseKLSearch(search);
  useReportCommits('kl-explorer', useCommittedKLWidget(id), toKLSearch);
  return (
    <WidgetBoundary label="the KL explorer">
      <KLExplorer
        id={id}
        mixture={state.p}
        q={state.q}
        unit={state.unit}
        direction={state.direction}
        notices={notices}
      />
    </WidgetBoundary>
  );
}

export const EmbedPage = steeredByHost(KLEmbed);
