import { JointTable } from '../../widgets/joint/JointTable';
import { withBoundary } from './withBoundary';

export default withBoundary(JointTable, 'the joint table widget');
