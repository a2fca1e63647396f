import { CodeLens } from '../../code-lens/CodeLens';
import { withBoundary } from './withBoundary';

export default withBoundary(CodeLens, 'this code');
