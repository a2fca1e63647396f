import fs from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import type { BrowserContext, Page } from '@playwright/test';
import { siteDir } from '../../playwright.config';

/**
 * An LMS for tests: a host page on a made-up origin (served by Playwright, no server) that
 * installs scorm-again's run-time API, as Moodle or Canvas would, and launches an unpacked
 * package's index.html in a same-origin iframe. Requests for anything the package lacks, or to
 * any other origin, are answered 404 and recorded.
 */
export const lmsOrigin = 'http://lms.test';

export type Version = '12' | '2004';

/** The files of a built package, by path inside the zip. */
export function unpack(slug: string, version: Version): Record<string, Uint8Array> {
  return unzipSync(fs.readFileSync(path.join(siteDir, 'scorm', `${slug}-scorm${version}.zip`)));
}

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
};

/** Host page options: `api` installs the API (default), `refuse` makes every SetValue fail. */
export interface HostOptions {
  api?: boolean;
  refuse?: boolean;
}

function hostPage(version: Version, { api = true, refuse = false }: HostOptions): string {
  const constructor = version === '12' ? 'Scorm12API' : 'Scorm2004API';
  const global = version === '12' ? 'API' : 'API_1484_11';
  const setValue = version === '12' ? 'LMSSetValue' : 'SetValue';
  return `<!doctype html><html><head><title>Test LMS</title>
<script src="/scorm-again.js"></script>
<script>
  window.lms = new ${constructor}({ autocommit: false, logLevel: 5 });
  ${refuse ? `window.lms.${setValue} = function () { return 'false'; };` : ''}
  ${api ? `window.${global} = window.lms;` : ''}
  window.launch = function (cmi) {
    if (cmi) window.lms.loadFromJSON(cmi);
    document.querySelector('iframe').src = '/course/index.html';
  };
</script></head><body><iframe title="Lesson" width="1200" height="720"></iframe></body></html>`;
}

/** Serves the LMS and the package to `context`; returns the requests it could not answer. */
export async function serveLms(
  context: BrowserContext,
  files: Record<string, Uint8Array>,
  version: Version,
  options: HostOptions = {},
): Promise<string[]> {
  const missing: string[] = [];
  const runtime = fs.readFileSync(
    path.resolve(`node_modules/scorm-again/dist/scorm${version}.min.js`),
  );
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = url.pathname.startsWith('/course/')
      ? files[decodeURIComponent(url.pathname.slice('/course/'.length))]
      : undefined;
    if (url.origin === lmsOrigin && url.pathname === '/host.html') {
      await route.fulfill({ contentType: 'text/html', body: hostPage(version, options) });
    } else if (url.origin === lmsOrigin && url.pathname === '/scorm-again.js') {
      await route.fulfill({ contentType: 'text/javascript', body: runtime });
    } else if (url.origin === lmsOrigin && file) {
      const type = types[path.extname(url.pathname)] ?? 'application/octet-stream';
      await route.fulfill({ contentType: type, body: Buffer.from(file) });
    } else {
      missing.push(url.href);
      await route.fulfill({ status: 404, body: '' });
    }
  });
  return missing;
}

/** The data model as the LMS holds it (reading write-only elements one by one would throw). */
export function cmiOf(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(
    () =>
      (
        window as unknown as { lms: { renderCMIToJSONObject(): { cmi: Record<string, unknown> } } }
      ).lms.renderCMIToJSONObject().cmi,
  );
}
