import { useId } from 'react';
import type { Unit } from '../../metrics';

/** Bits or nats: two radio buttons in a fieldset named "Unit". */
export function UnitChoice({ unit, onChange }: { unit: Unit; onChange(unit: Unit): void }) {
  const id = useId();
  return (
    <fieldset className="control-unit">
      <legend>Unit</legend>
      {(['bits', 'nats'] as const).map((choice) => (
        <label key={choice}>
          <input
            type="radio"
            name={`${id}-unit`}
            value={choice}
            checked={unit === choice}
            onChange={() => onChange(choice)}
          />{' '}
          {choice}
        </label>
      ))}
    </fieldset>
  );
}
