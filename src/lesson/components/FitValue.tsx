import { FitValue } from '../FitValue';
import { withBoundary } from './withBoundary';

export default withBoundary(FitValue, 'this number');
