import { memo, useMemo, useState } from 'react';
import type { Unit } from '../../metrics';
import { ShareLinks } from '../shared/ShareLinks';
import { formatQuantity } from '../shared/format';
import { ReadoutRow } from '../shared/ReadoutRow';
import { natsFirst, UnitChoice } from '../shared/UnitChoice';
import { WidgetNotices } from '../shared/WidgetNotices';
import { tokenLossActions, type TokenLossActions } from './actions';
import { tokenLossMetrics } from './derive';
import { tokenLossStateFromProps, type TokenLossInitialProps } from './state';
import { tokenLossWidgets } from './store';
import { TokenBars } from './TokenBars';
import './perplexity.css';

export interface TokenLossProps extends TokenLossInitialProps {
  /** Names this widget's state so challenges can follow it; default "tokens". */
  id?: string;
  /** Notices to show above the widget (the embed page lists what it ignored in the URL). */
  notices?: string[];
}

/**
 * Per-token loss and perplexity: for each token of a sentence, the probability the model gave
 * it; the readout shows the mean loss, the perplexity and the token that costs the most.
 */
export function TokenLoss({ id = 'tokens', notices = [], ...initialProps }: TokenLossProps) {
  const [initial] = useState(() =>
    tokenLossWidgets.ensure(id, tokenLossStateFromProps(initialProps)),
  );
  const state = tokenLossWidgets.useWidget(id) ?? initial;
  const [announcement, setAnnouncement] = useState('');
  const actions = useMemo(() => tokenLossActions(id, setAnnouncement), [id]);
  const metrics = tokenLossMetrics(state);
  const worst = state.tokens[metrics.costliest];

  return (
    <figure className="widget token-widget" aria-label="Per-token loss widget">
      <WidgetNotices notices={notices} />
      <div className="widget-charts">
        <div className="token-chart">
          <p className="widget-chart-title">
            q(next token), log scale; under each: its loss −log q
          </p>
          <TokenBars
            tokens={state.tokens}
            q={state.q}
            losses={metrics.losses}
            costliest={metrics.costliest}
            onChange={actions.moveQ}
            onCommit={actions.commit}
          />
        </div>
        <div className="token-readout">
          <ReadoutRow
            name="Mean loss"
            metric="meanLoss"
            value={metrics.meanLoss}
            unit={state.unit}
          />
          <ReadoutRow name="Perplexity" metric="perplexity" value={metrics.perplexity} />
          <div className="readout-row readout-costliest">
            <span>Costliest token</span>
            <output data-metric="costliest" data-value={metrics.costliest} aria-live="off">
              “{worst}”, {formatQuantity(metrics.losses[metrics.costliest]!, state.unit)}
            </output>
          </div>
          <p className="widget-note">
            Perplexity is e to the mean loss in nats (2 to it in bits): the model is as unsure as if
            it picked uniformly among that many tokens.
          </p>
        </div>
      </div>
      <TokenControls unit={state.unit} actions={actions} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </figure>
  );
}

/** Units and a shareable link. Memoised: a drag changes none of its props. */
const TokenControls = memo(function TokenControls(props: {
  unit: Unit;
  actions: TokenLossActions;
}) {
  return (
    <div className="widget-controls">
      <UnitChoice unit={props.unit} onChange={props.actions.setUnit} order={natsFirst} />
      <ShareLinks actions={props.actions} />
    </div>
  );
});
