import { useId, useState } from 'react';
import type { Unit } from '../../metrics';
import { formatProbability } from '../shared/format';
import { MAX_OUTCOMES, MIN_OUTCOMES } from './redistribute';
import { MAX_EPSILON, presets, type PQState } from './state';

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

export interface ControlActions {
  setLockP(lockP: boolean): void;
  swap(): void;
  setUnit(unit: Unit): void;
  addOutcome(): void;
  removeOutcome(): void;
  applyPreset(index: number): void;
  setEpsilon(epsilon: number): void;
  setLabel(index: number, label: string): void;
  /** Copies a link to this state; `copied` is false where the browser refuses the clipboard. */
  copyLink(): Promise<{ link: string; copied: boolean }>;
}

interface ControlsProps {
  state: PQState;
  shown: ReadonlySet<ControlName>;
  actions: ControlActions;
}

/** Lock, swap, units, outcomes, presets, label smoothing, labels and a shareable link. */
export function Controls({ state, shown, actions }: ControlsProps) {
  const id = useId();
  const [copied, setCopied] = useState<{ link: string; copied: boolean }>();
  const n = state.p.length;

  async function copy() {
    setCopied(await actions.copyLink());
  }

  return (
    <div className="pq-controls">
      {shown.has('lock') ? (
        <label className="control-check">
          <input
            type="checkbox"
            checked={state.lockP}
            onChange={(e) => actions.setLockP(e.target.checked)}
          />{' '}
          Lock P
        </label>
      ) : null}
      {shown.has('swap') ? (
        <button type="button" onClick={actions.swap}>
          Swap P and Q
        </button>
      ) : null}
      {shown.has('unit') ? (
        <fieldset className="control-unit">
          <legend>Unit</legend>
          {(['bits', 'nats'] as const).map((unit) => (
            <label key={unit}>
              <input
                type="radio"
                name={`${id}-unit`}
                value={unit}
                checked={state.unit === unit}
                onChange={() => actions.setUnit(unit)}
              />{' '}
              {unit}
            </label>
          ))}
        </fieldset>
      ) : null}
      {shown.has('outcomes') ? (
        <div className="control-outcomes" role="group" aria-label="Outcomes">
          <button type="button" onClick={actions.addOutcome} disabled={n >= MAX_OUTCOMES}>
            Add outcome
          </button>
          <button type="button" onClick={actions.removeOutcome} disabled={n <= MIN_OUTCOMES}>
            Remove outcome
          </button>
        </div>
      ) : null}
      {shown.has('smoothing') ? (
        <label className="control-smoothing">
          Label smoothing ε
          <input
            type="range"
            min={0}
            max={MAX_EPSILON}
            step={0.01}
            value={state.epsilon}
            aria-valuetext={formatProbability(state.epsilon)}
            onChange={(e) => actions.setEpsilon(Number(e.target.value))}
          />
          <span aria-hidden="true">{state.epsilon.toFixed(2)}</span>
        </label>
      ) : null}
      {shown.has('presets') ? (
        <div className="control-presets" role="group" aria-label="Presets">
          {presets.map((preset, i) => (
            <button key={preset.name} type="button" onClick={() => actions.applyPreset(i)}>
              {preset.name}
            </button>
          ))}
        </div>
      ) : null}
      {shown.has('labels') ? (
        <details className="control-labels">
          <summary>Edit labels</summary>
          {state.labels.map((label, i) => (
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
      {shown.has('link') ? (
        <div className="control-link">
          <button type="button" onClick={() => void copy()}>
            Copy link
          </button>
          <span role="status">{copied?.copied ? 'Link copied.' : null}</span>
          {copied && !copied.copied ? (
            <label>
              Copying is blocked here; select and copy this link:
              <input type="text" readOnly value={copied.link} onFocus={(e) => e.target.select()} />
            </label>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
