/**
 * Stands in for d3-format in the bundle (vite.config.ts aliases it here): d3-scale imports it
 * for `scale.tickFormat`, which we never call (ticks are labelled by ../format.ts, the one
 * number formatter students see). It would cost every widget page about 2 KiB gzip.
 */
function noFormats(): never {
  throw new Error('Entropic formats numbers with src/widgets/shared/format.ts, not d3-format.');
}

export {
  noFormats as format,
  noFormats as formatPrefix,
  noFormats as formatSpecifier,
  noFormats as precisionFixed,
  noFormats as precisionPrefix,
  noFormats as precisionRound,
};
