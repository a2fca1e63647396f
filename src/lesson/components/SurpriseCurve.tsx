export { SurpriseCurve as default } from '../figures/SurpriseCurve';
