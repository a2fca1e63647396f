import { memo } from 'react';
import { UnitChoice } from '../shared/UnitChoice';
import type { Unit } from '../../metrics';
import { ShareLinks } from '../shared/ShareLinks';
import type { JointActions } from './actions';
import { jointPresets } from './state';

/** Make independent, presets, units and a shareable link. Memoised: a drag changes no prop. */
export const JointControls = memo(function JointControls(props: {
  unit: Unit;
  actions: JointActions;
}) {
  const { unit: currentUnit, actions } = props;
  return (
    <div className="widget-controls joint-controls">
      <button type="button" onClick={actions.makeIndependent}>
        Make independent
      </button>
      <UnitChoice unit={currentUnit} onChange={actions.setUnit} />
      <div className="control-presets" role="group" aria-label="Presets">
        {jointPresets.map((preset, i) => (
          <button key={preset.name} type="button" onClick={() => actions.applyPreset(i)}>
            {preset.name}
          </button>
        ))}
      </div>
      <ShareLinks actions={actions} />
    </div>
  );
});
