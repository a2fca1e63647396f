/**
 * Stands in for d3-color in the bundle (vite.config.ts aliases it here). Our scales map numbers
 * to pixels and never interpolate colours, yet d3-scale's default interpolator imports the whole
 * colour parser (3.7 KiB gzip, with its table of named colours) into every widget page. Here no
 * string is a colour, so d3-interpolate interpolates strings as strings, and asking for a colour
 * says plainly that this build has none.
 */
export function color(): null {
  return null;
}

function noColours(): never {
  throw new Error('Entropic builds d3 without colour interpolation (see vite.config.ts).');
}

export {
  noColours as rgb,
  noColours as hsl,
  noColours as lab,
  noColours as hcl,
  noColours as cubehelix,
};
