import type { Unit } from '../../metrics';
import { formatNumber } from '../shared/format';
import { ReadoutRow } from '../shared/ReadoutRow';
import type { SoftmaxMetrics } from './derive';

interface SoftmaxReadoutProps {
  metrics: SoftmaxMetrics;
  unit: Unit;
  temperature: number;
}

/**
 * The loss and what it is made of: H(P,Q), the model's own uncertainty H(Q), the perplexity,
 * and in distillation mode D(teacher_T ‖ student_T) with the T² factor training multiplies it by.
 */
export function SoftmaxReadout({ metrics, unit, temperature }: SoftmaxReadoutProps) {
  const { crossEntropy, entropy, perplexity, klDivergence, scaledKl } = metrics;
  return (
    <div className="softmax-readout">
      <ReadoutRow name="Loss H(P,Q)" metric="crossEntropy" value={crossEntropy} unit={unit} />
      <ReadoutRow
        name="H(Q), the model’s uncertainty"
        metric="entropy"
        value={entropy}
        unit={unit}
      />
      <ReadoutRow name="Perplexity, exp(loss in nats)" metric="perplexity" value={perplexity} />
      {klDivergence !== undefined && scaledKl !== undefined ? (
        <>
          <ReadoutRow
            name="D(teacher ‖ student), both at T"
            metric="klDivergence"
            value={klDivergence}
            unit={unit}
          />
          <ReadoutRow
            name="T² × D, the distillation loss"
            metric="scaledKl"
            value={scaledKl}
            unit={unit}
          />
          <p className="widget-note">
            Why T²: dividing the logits by T = {formatNumber(temperature, 2)} shrinks the gradients
            of this divergence by about 1/T², so training multiplies it by T² to keep the soft
            targets’ weight the same whatever the temperature.
          </p>
        </>
      ) : null}
    </div>
  );
}
