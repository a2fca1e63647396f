import { formatProbability } from './format';

export interface EpsilonSliderProps {
  /** What the slider is called, e.g. "Smooth Q ε". */
  label: string;
  value: number;
  max: number;
  onChange(value: number): void;
}

/**
 * A smoothing weight ε from 0 to `max` in steps of 0.01, its value shown beside it (and read
 * out as a probability). The P/Q widget smooths Q with it, the logits widget the target.
 */
export function EpsilonSlider({ label, value, max, onChange }: EpsilonSliderProps) {
  return (
    <label className="control-smoothing">
      {label}
      <input
        type="range"
        min={0}
        max={max}
        step={0.01}
        value={value}
        aria-valuetext={formatProbability(value)}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <span aria-hidden="true">{value.toFixed(2)}</span>
    </label>
  );
}
