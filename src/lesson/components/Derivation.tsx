export { Derivation as default } from '../Derivation';
