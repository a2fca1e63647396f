import { memo, useId } from 'react';
import type { Unit } from '../../metrics';
import { CopyLinkButton } from '../shared/CopyLinkButton';
import type { JointActions } from './actions';
import { jointPresets } from './state';

/** Make independent, presets, units and a shareable link. Memoised: a drag changes no prop. */
export const JointControls = memo(function JointControls(props: {
  unit: Unit;
  actions: JointActions;
}) {
  const { unit: currentUnit, actions } = props;
  const id = useId();
  return (
    <div className="pq-controls joint-controls">
      <button type="button" onClick={actions.makeIndependent}>
        Make independent
      </button>
      <fieldset className="control-unit">
        <legend>Unit</legend>
        {(['bits', 'nats'] as const).map((unit) => (
          <label key={unit}>
            <input
              type="radio"
              name={`${id}-unit`}
              value={unit}
              checked={currentUnit === unit}
              onChange={() => actions.setUnit(unit)}
            />{' '}
            {unit}
          </label>
        ))}
      </fieldset>
      <div className="control-presets" role="group" aria-label="Presets">
        {jointPresets.map((preset, i) => (
          <button key={preset.name} type="button" onClick={() => actions.applyPreset(i)}>
            {preset.name}
          </button>
        ))}
      </div>
      <div className="control-link">
        <CopyLinkButton copy={actions.copyLink} />
      </div>
    </div>
  );
});
