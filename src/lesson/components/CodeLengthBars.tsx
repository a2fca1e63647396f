export { CodeLengthBars as default } from '../figures/CodeLengthBars';
