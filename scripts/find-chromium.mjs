// Finds a Chromium for Playwright (which cannot download its own browser on these machines).
// Order: CHROME_PATH / PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, Playwright's cache, the system's
// chromium. Run as a script with --install, it installs Debian's chromium when none is found
// and we are root on Linux, or fails with a message that says how to get one.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function runs(candidate) {
  try {
    execFileSync(candidate, ['--version'], { stdio: 'pipe', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

function playwrightCacheCandidates() {
  const cache =
    process.env.PLAYWRIGHT_BROWSERS_PATH || path.join(os.homedir(), '.cache', 'ms-playwright');
  if (!fs.existsSync(cache)) return [];
  return fs
    .readdirSync(cache)
    .filter((dir) => dir.startsWith('chromium'))
    .sort()
    .reverse()
    .flatMap((dir) => [
      path.join(cache, dir, 'chrome-linux64', 'chrome'),
      path.join(cache, dir, 'chrome-linux', 'chrome'),
      path.join(cache, dir, 'chrome-linux', 'headless_shell'),
    ]);
}

/** The first Chromium that runs, or undefined. */
export function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH,
    ...playwrightCacheCandidates(),
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter(Boolean);
  return candidates.find((candidate) => fs.existsSync(candidate) && runs(candidate));
}

function installDebianChromium() {
  console.log("No Chromium found: installing Debian's chromium package (apt-get)...");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]);
if (isMain) {
  let found = findChromium();
  if (!found && process.argv.includes('--install')) {
    if (process.platform === 'linux' && process.getuid?.() === 0) {
      installDebianChromium();
      found = findChromium();
    }
  }
  if (!found) {
    console.error(
      'No runnable Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install chromium`), ' +
        'or point CHROME_PATH at a Chrome or Chromium binary, then run the tests again.',
    );
    process.exit(1);
  }
  console.log(`Chromium: ${found}`);
}
