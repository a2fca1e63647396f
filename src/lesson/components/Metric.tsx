import { Metric } from '../Metric';
import { withBoundary } from './withBoundary';

export default withBoundary(Metric, 'this number');
