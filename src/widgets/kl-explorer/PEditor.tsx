import { memo } from 'react';
import type { Mixture } from '../../metrics';
import { formatNumber } from '../shared/format';
import type { KLActions } from './actions';
import { MU_RANGE, P_SIGMA_RANGE, presets, WEIGHT_RANGE } from './state';

/**
 * P's presets and a compact panel of native range inputs, three per component (weight, mean,
 * sd): keyboard, touch and screen readers come with them. Memoised: dragging Q leaves it alone.
 */
export const PEditor = memo(function PEditor({ p, actions }: { p: Mixture; actions: KLActions }) {
  return (
    <details className="kl-p-editor">
      <summary>Edit P</summary>
      <div className="kl-presets" role="group" aria-label="P presets">
        {presets.map((preset, i) => (
          <button key={preset.name} type="button" onClick={() => actions.applyPreset(i)}>
            {preset.name}
          </button>
        ))}
      </div>
      {p.map((c, i) => (
        <fieldset key={i} className="kl-component control-group">
          <legend>Component {i + 1}</legend>
          <label>
            weight
            <input
              type="range"
              min={WEIGHT_RANGE.min}
              max={WEIGHT_RANGE.max}
              step={WEIGHT_RANGE.step}
              value={c.weight}
              disabled={p.length === 1}
              aria-valuetext={formatNumber(c.weight, 2)}
              onChange={(e) => actions.setWeight(i, Number(e.target.value))}
            />
            <span aria-hidden="true">{formatNumber(c.weight, 2)}</span>
          </label>
          <label>
            mean
            <input
              type="range"
              min={MU_RANGE.min}
              max={MU_RANGE.max}
              step={MU_RANGE.step}
              value={c.mu}
              aria-valuetext={formatNumber(c.mu, 2)}
              onChange={(e) => actions.setComponent(i, { mu: Number(e.target.value) })}
            />
            <span aria-hidden="true">{formatNumber(c.mu, 2)}</span>
          </label>
          <label>
            sd
            <input
              type="range"
              min={P_SIGMA_RANGE.min}
              max={P_SIGMA_RANGE.max}
              step={P_SIGMA_RANGE.step}
              value={c.sigma}
              aria-valuetext={formatNumber(c.sigma, 2)}
              onChange={(e) => actions.setComponent(i, { sigma: Number(e.target.value) })}
            />
            <span aria-hidden="true">{formatNumber(c.sigma, 2)}</span>
          </label>
        </fieldset>
      ))}
    </details>
  );
});
