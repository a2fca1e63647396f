export { CodeTree as default } from '../figures/CodeTree';
