export { NestedBars as default } from '../figures/NestedBars';
