import { Challenge } from '../../quiz/Challenge';
import { withBoundary } from './withBoundary';

export default withBoundary(Challenge, 'this challenge');
