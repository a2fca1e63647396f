export { KLIntegrands as default } from '../KLIntegrands';
