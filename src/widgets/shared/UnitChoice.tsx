import { useId } from 'react';
import type { Unit } from '../../metrics';

const units = ['bits', 'nats'] as const satisfies readonly Unit[];
/** The order the ML widgets show the radios in: their losses are in nats by default. */
export const natsFirst = ['nats', 'bits'] as const satisfies readonly Unit[];

export interface UnitChoiceProps {
  unit: Unit;
  onChange(unit: Unit): void;
  /** The order the two radios appear in; nats first suits the ML widgets. */
  order?: readonly Unit[];
}

/** The "Unit: bits / nats" radio group every widget's controls offer. */
export function UnitChoice({ unit: current, onChange, order = units }: UnitChoiceProps) {
  const name = useId();
  return (
    <fieldset className="control-unit">
      <legend>Unit</legend>
      {order.map((unit) => (
        <label key={unit}>
          <input
            type="radio"
            name={`${name}-unit`}
            value={unit}
            checked={current === unit}
            onChange={() => onChange(unit)}
          />{' '}
          {unit}
        </label>
      ))}
    </fieldset>
  );
}
