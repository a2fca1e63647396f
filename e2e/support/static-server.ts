import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/**
 * A plain static server over `dir` on a free port, as a CDN serves the site (no single-page
 * fallback), for tests that need a site of their own: a second deploy, another origin.
 */
export async function serveStatic(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const serve = sirv(dir, { dev: true, etag: true });
  const server = http.createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
