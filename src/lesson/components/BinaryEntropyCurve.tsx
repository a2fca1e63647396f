export { BinaryEntropyCurve as default } from '../figures/BinaryEntropyCurve';
