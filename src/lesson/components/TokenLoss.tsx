import { TokenLoss } from '../../widgets/perplexity/TokenLoss';
import { withBoundary } from './withBoundary';

export default withBoundary(TokenLoss, 'the per-token loss widget');
