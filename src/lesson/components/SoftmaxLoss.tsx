import { SoftmaxLoss } from '../../widgets/softmax/SoftmaxLoss';
import { withBoundary } from './withBoundary';

export default withBoundary(SoftmaxLoss, 'the logits-to-loss widget');
