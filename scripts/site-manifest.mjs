import path from 'node:path';

/**
 * Where the build keeps the Vite manifest of the site built into `outDir` (outside it: a static
 * host need not publish it): .manifests/<outDir with / as _>.json.
 */
export function manifestPath(outDir) {
  const name = path.relative(process.cwd(), path.resolve(outDir)).replace(/[\\/]/g, '_');
  return path.resolve('.manifests', `${name}.json`);
}
