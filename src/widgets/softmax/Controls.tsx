import { memo, useId, type KeyboardEvent } from 'react';
import type { Unit } from '../../metrics';
import { ShareLinks } from '../shared/ShareLinks';
import { natsFirst, UnitChoice } from '../shared/UnitChoice';
import { EpsilonSlider } from '../shared/EpsilonSlider';
import { formatNumber } from '../shared/format';
import type { SoftmaxActions } from './actions';
import { MAX_SMOOTHING } from './state';
import { fromPosition, temperatureKey, toPosition } from './temperature';

interface ControlsProps {
  labels: readonly string[];
  target: number;
  temperature: number;
  epsilon: number;
  unit: Unit;
  actions: SoftmaxActions;
}

/**
 * Temperature (a log-scale slider whose keys step through round values), the true class, label
 * smoothing, the unit and a shareable link. Memoised: dragging a logit changes none of its props.
 */
export const SoftmaxControls = memo(function SoftmaxControls(props: ControlsProps) {
  const { labels, target, temperature, epsilon, unit: currentUnit, actions } = props;
  const id = useId();

  function onTemperatureKey(event: KeyboardEvent<HTMLInputElement>) {
    const next = temperatureKey(event.key, event.shiftKey, temperature);
    if (next === undefined) return;
    // The native slider would step its log position by 0.01; round stops read better.
    event.preventDefault();
    actions.setTemperature(next);
  }

  return (
    <div className="widget-controls">
      <label className="control-temperature">
        Temperature
        <input
          type="range"
          min={-1}
          max={1}
          step={0.01}
          value={toPosition(temperature)}
          aria-valuetext={`T = ${formatNumber(temperature, 2)}`}
          onKeyDown={onTemperatureKey}
          onChange={(e) => actions.setTemperature(fromPosition(Number(e.target.value)))}
        />
        <span aria-hidden="true">T = {formatNumber(temperature, 2)}</span>
      </label>
      <fieldset className="control-target">
        <legend>True class</legend>
        {labels.map((label, i) => (
          <label key={i}>
            <input
              type="radio"
              name={`${id}-target`}
              value={i}
              checked={target === i}
              onChange={() => actions.setTarget(i)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>
      <EpsilonSlider
        label="Label smoothing ε"
        value={epsilon}
        max={MAX_SMOOTHING}
        onChange={actions.setEpsilon}
      />
      <UnitChoice unit={currentUnit} onChange={actions.setUnit} order={natsFirst} />
      <ShareLinks actions={actions} />
    </div>
  );
});
