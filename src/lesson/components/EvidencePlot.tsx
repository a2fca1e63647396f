export { EvidencePlot as default } from '../EvidencePlot';
