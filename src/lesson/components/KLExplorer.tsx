import { KLExplorer } from '../../widgets/kl-explorer/KLExplorer';
import { withBoundary } from './withBoundary';

export default withBoundary(KLExplorer, 'the KL explorer');
