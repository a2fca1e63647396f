import type { Unit } from '../../metrics';
import { ReadoutRow } from '../shared/ReadoutRow';
import type { JointMetrics } from './derive';
import { InfoPicture } from './InfoPicture';

/** The joint widget's numbers, and the picture of how they fit together. */
export function JointReadout(props: { metrics: JointMetrics; unit: Unit; maxJoint: number }) {
  const { metrics, unit } = props;
  return (
    <div className="joint-readout">
      <ReadoutRow name="H(X)" metric="entropyX" value={metrics.entropyX} unit={unit} />
      <ReadoutRow name="H(Y)" metric="entropyY" value={metrics.entropyY} unit={unit} />
      <ReadoutRow
        name="H(X,Y), joint"
        metric="jointEntropy"
        value={metrics.jointEntropy}
        unit={unit}
      />
      <ReadoutRow
        name="H(X|Y), conditional"
        metric="conditionalEntropy"
        value={metrics.conditionalEntropy}
        unit={unit}
      />
      <ReadoutRow
        name="I(X;Y), mutual information"
        metric="mutualInformation"
        value={metrics.mutualInformation}
        unit={unit}
      />
      <ReadoutRow
        name="D(P(X,Y) ‖ P(X) P(Y))"
        metric="klFromProduct"
        value={metrics.klFromProduct}
        unit={unit}
      />
      <InfoPicture {...props} />
      <p className="readout-legend">
        The bars H(X) and H(Y) overlap by I(X;Y) (shaded); together they cover H(X,Y). The same
        I(X;Y) is the KL divergence from the table to the product of its marginals.
      </p>
    </div>
  );
}
