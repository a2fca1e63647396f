import { PQBars } from '../../widgets/pq-bars/PQBars';
import { withBoundary } from './withBoundary';

export default withBoundary(PQBars, 'the P/Q bar widget');
