import { LiveFormula } from '../../widgets/pq-bars/LiveFormula';
import { withBoundary } from './withBoundary';

export default withBoundary(LiveFormula, 'this formula');
