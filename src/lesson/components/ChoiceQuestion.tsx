import { ChoiceQuestion } from '../../quiz/ChoiceQuestion';
import { withBoundary } from './withBoundary';

export default withBoundary(ChoiceQuestion, 'this question');
