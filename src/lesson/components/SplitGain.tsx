import { SplitGain } from '../../widgets/split/SplitGain';
import { withBoundary } from './withBoundary';

export default withBoundary(SplitGain, 'the split widget');
