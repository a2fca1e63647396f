// Finds a Chromium for Playwright (which cannot download its own browser on these machines).
// Two kinds: tests run in the headless shell, as Playwright's own tests do (the whole suite ran
// in 12.8 min there against 21.4 min in the full browser, with fewer pages that stopped drawing);
// benches and Lighthouse measure the full browser, as a student runs it. Order: CHROME_PATH /
// PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, Playwright's cache, the system's packages. Run as a script
// with --install (and --browser for the full one), it installs Debian's package when none is
// found and we are root on Linux, or fails with a message that says how to get one.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Per kind: Playwright's cache folders and the binaries inside, Debian's package, system paths. */
const KINDS = {
  'headless-shell': {
    cachePrefix: 'chromium_headless_shell',
    cacheBinaries: [
      'chrome-headless-shell-linux64/chrome-headless-shell',
      'chrome-linux/headless_shell',
    ],
    debianPackage: 'chromium-headless-shell',
    systemPaths: ['/usr/bin/chromium-headless-shell'],
  },
  browser: {
    cachePrefix: 'chromium-',
    cacheBinaries: ['chrome-linux64/chrome', 'chrome-linux/chrome'],
    debianPackage: 'chromium',
    systemPaths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  },
};

function runs(candidate) {
  try {
    execFileSync(candidate, ['--version'], { stdio: 'pipe', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

function playwrightCacheCandidates({ cachePrefix, cacheBinaries }) {
  const cache =
    process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(os.homedir(), '.cache', 'ms-playwright');
  if (!fs.existsSync(cache)) return [];
  return fs
    .readdirSync(cache)
    .filter((dir) => dir.startsWith(cachePrefix))
    .sort()
    .reverse()
    .flatMap((dir) => cacheBinaries.map((binary) => path.join(cache, dir, binary)));
}

/**
 * The first Chromium of `kind` that runs, or undefined. Unless told not to fall back, tests take
 * the full browser where no headless shell is found (a developer's own Chrome, say).
 */
export function findChromium(kind = 'browser', { fallBack = true } = {}) {
  const kinds = [KINDS[kind], ...(kind === 'headless-shell' && fallBack ? [KINDS.browser] : [])];
  const candidates = [
    process.env.CHROME_PATH,
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
    ...kinds.flatMap((k) => [...playwrightCacheCandidates(k), ...k.systemPaths]),
  ].filter(Boolean);
  return candidates.find((candidate) => fs.existsSync(candidate) && runs(candidate));
}

function installDebianPackage(name) {
  console.log(`Installing Debian's ${name} package (apt-get)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', name], {
    stdio: 'inherit',
    env,
  });
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]);
if (isMain) {
  const kind = process.argv.includes('--browser') ? 'browser' : 'headless-shell';
  // Tests get the headless shell installed even where a full browser is already there.
  let found = findChromium(kind, { fallBack: false });
  const canInstall = process.platform === 'linux' && process.getuid?.() === 0;
  if (!found && process.argv.includes('--install') && canInstall) {
    installDebianPackage(KINDS[kind].debianPackage);
    found = findChromium(kind, { fallBack: false });
  }
  found ??= findChromium(kind);
  if (!found) {
    console.error(
      `No runnable Chromium found. Install one (Debian/Ubuntu: \`sudo apt-get install ${KINDS[kind].debianPackage}\`), ` +
        'or point CHROME_PATH at a Chrome or Chromium binary, then run the tests again.',
    );
    process.exit(1);
  }
  console.log(`Chromium: ${found}`);
}
