import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

interface BrowserKind {
  label: string;
  envVar: string;
  paths: string[];
  debianPackage: string;
}

const CHROMIUM: BrowserKind = {
  label: 'Chromium-family browser',
  envVar: 'CHROME_PATH',
  paths: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  debianPackage: 'chromium',
};

const FIREFOX: BrowserKind = {
  label: 'Firefox',
  envVar: 'FIREFOX_PATH',
  paths: ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/snap/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'],
  debianPackage: 'firefox-esr',
};

const installHint = (kind: BrowserKind) =>
  `No ${kind.label} found. Install one and/or point ${kind.envVar} at it, e.g. on Debian/Ubuntu: sudo apt-get install -y ${kind.debianPackage}`;
export const INSTALL_HINT = installHint(CHROMIUM);

/** A Chromium-family browser for the demo and the end-to-end tests (CHROME_PATH, then the usual places). */
export function findBrowser(log: (line: string) => void = (l) => console.error(l)): string {
  return findOrInstall(CHROMIUM, log);
}

/** Firefox for the end-to-end tests (FIREFOX_PATH, then the usual places; Debian's firefox-esr). */
export function findFirefox(log: (line: string) => void = (l) => console.error(l)): string {
  return findOrInstall(FIREFOX, log);
}

/**
 * The environment variable, then the usual places. On a Debian machine where
 * we are root and none is there, Debian's package is installed (and we say
 * so); elsewhere we stop with the command to run. No browser is ever
 * downloaded from elsewhere.
 */
function findOrInstall(kind: BrowserKind, log: (line: string) => void): string {
  const fromEnv = process.env[kind.envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${kind.envVar} is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = kind.paths.find((p) => existsSync(p));
  if (found) return found;
  const isDebian = existsSync('/etc/debian_version');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isDebian && isRoot) {
    log(`No ${kind.label} found: installing Debian’s ${kind.debianPackage} (apt-get install -y ${kind.debianPackage})…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', kind.debianPackage], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    const installed = kind.paths.find((p) => existsSync(p));
    if (installed) return installed;
  }
  throw new Error(installHint(kind));
}
