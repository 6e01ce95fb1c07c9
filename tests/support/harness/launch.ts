import { launchChromiumSession } from './chromium';
import { launchFirefoxSession } from './firefox';
import type { BrowserName, ExtensionSession, LaunchOptions } from './types';

/** The browsers the e2e scenarios run in: all by default, or those named in E2E_BROWSERS (e.g. `E2E_BROWSERS=firefox`). */
export const BROWSERS: BrowserName[] = (process.env.E2E_BROWSERS ?? 'chromium,firefox').split(',').map((name) => {
  if (name !== 'chromium' && name !== 'firefox') throw new Error(`E2E_BROWSERS: unknown browser ${name}`);
  return name;
});

/** A browser with the built extension loaded (usable outside vitest too, e.g. from scripts). */
export function launchSession(name: BrowserName, options: LaunchOptions = {}): Promise<ExtensionSession> {
  return name === 'chromium' ? launchChromiumSession(options) : launchFirefoxSession(options);
}
