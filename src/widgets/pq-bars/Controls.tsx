import { memo } from 'react';
import { UnitChoice } from '../shared/UnitChoice';
import { EpsilonSlider } from '../shared/EpsilonSlider';
import type { Unit } from '../../metrics';
import { MAX_OUTCOMES, MIN_OUTCOMES } from './redistribute';
import type { PQActions } from './actions';
import { MAX_EPSILON, presetsFor } from './state';
import { ShareLinks } from '../shared/ShareLinks';

/** The controls an author can show or hide. */
export const controlNames = [
  'lock',
  'swap',
  'unit',
  'outcomes',
  'presets',
  'smoothing',
  'labels',
  'link',
] as const;
export type ControlName = (typeof controlNames)[number];

/** Controls that only mean something while Q is shown. */
const aboutQ = new Set<ControlName>(['lock', 'swap', 'smoothing']);

interface ControlsProps {
  n: number;
  lockP: boolean;
  unit: Unit;
  epsilon: number;
  labels: readonly string[];
  /** False for P alone: the controls about Q (lock, swap, smoothing) are left out. */
  showQ: boolean;
  shown: ReadonlySet<ControlName>;
  actions: PQActions;
}

/**
 * Lock, swap, units, outcomes, presets, smoothing of Q, labels and a shareable link. Memoised:
 * dragging a bar changes none of its props, so a drag does not re-render it.
 */
export const Controls = memo(function Controls(props: ControlsProps) {
  const { n, lockP, unit: currentUnit, epsilon, labels, showQ, actions } = props;
  const shows = (name: ControlName) => props.shown.has(name) && (showQ || !aboutQ.has(name));

  return (
    <div className="widget-controls">
      {shows('lock') ? (
        <label className="control-check">
          <input
            type="checkbox"
            checked={lockP}
            onChange={(e) => actions.setLockP(e.target.checked)}
          />{' '}
          Lock P
        </label>
      ) : null}
      {shows('swap') ? (
        <button type="button" onClick={actions.swap}>
          Swap P and Q
        </button>
      ) : null}
      {shows('unit') ? <UnitChoice unit={currentUnit} onChange={actions.setUnit} /> : null}
      {shows('outcomes') ? (
        <div className="control-outcomes" role="group" aria-label="Outcomes">
          <button type="button" onClick={actions.addOutcome} disabled={n >= MAX_OUTCOMES}>
            Add outcome
          </button>
          <button type="button" onClick={actions.removeOutcome} disabled={n <= MIN_OUTCOMES}>
            Remove outcome
          </button>
        </div>
      ) : null}
      {shows('smoothing') ? (
        <EpsilonSlider
          label="Smooth Q ε"
          value={epsilon}
          max={MAX_EPSILON}
          onChange={actions.setEpsilon}
        />
      ) : null}
      {shows('presets') ? (
        <div className="control-presets" role="group" aria-label="Presets">
          {presetsFor(showQ).map((preset, i) => (
            <button key={preset.name} type="button" onClick={() => actions.applyPreset(i)}>
              {preset.name}
            </button>
          ))}
        </div>
      ) : null}
      {shows('labels') ? (
        <details className="control-labels">
          <summary>Edit labels</summary>
          {labels.map((label, i) => (
            <label key={i}>
              Outcome {i + 1}
              <input
                type="text"
                value={label}
                maxLength={24}
                // Commas separate labels in shared links.
                onChange={(e) => actions.setLabel(i, e.target.value.replaceAll(',', ''))}
              />
            </label>
          ))}
        </details>
      ) : null}
      {shows('link') ? <ShareLinks actions={actions} /> : null}
    </div>
  );
});
