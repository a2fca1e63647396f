import { NumericQuestion } from '../../quiz/NumericQuestion';
import { withBoundary } from './withBoundary';

export default withBoundary(NumericQuestion, 'this question');
