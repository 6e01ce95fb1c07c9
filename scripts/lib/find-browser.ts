import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_HINT =
  'No Chromium-family browser found. Install one and/or point CHROME_PATH at it, e.g. on Debian/Ubuntu: sudo apt-get install -y chromium';

/**
 * A Chromium-family browser for the demo and the end-to-end tests: CHROME_PATH,
 * then the usual places. On a Debian machine where we are root and none is
 * there, Debian's chromium is installed (and we say so); elsewhere we stop
 * with the command to run. No browser is ever downloaded from elsewhere.
 */
export function findBrowser(log: (line: string) => void = (l) => console.error(l)): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = KNOWN_PATHS.find((p) => existsSync(p));
  if (found) return found;
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebian && isRoot) {
    log('No Chromium-family browser found: installing Debian’s chromium (apt-get install -y chromium)…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(INSTALL_HINT);
}
