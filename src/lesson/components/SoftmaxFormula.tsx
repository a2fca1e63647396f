import { SoftmaxFormula } from '../../widgets/softmax/SoftmaxFormula';
import { withBoundary } from './withBoundary';

export default withBoundary(SoftmaxFormula, 'this formula');
