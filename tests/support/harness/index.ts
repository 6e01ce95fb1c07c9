import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchSession } from './launch';
import type { ExtensionSession } from './types';

export { BROWSERS, launchSession } from './launch';
export type { BrowserName, ExtensionSession, TestPage } from './types';

/**
 * Declares a scenario once per browser, one browser session per browser for
 * the whole block (launched before the body's own beforeAll hooks, closed
 * after), and ends each with a check that the extension threw nothing.
 *
 *   describeInBrowsers('the side panel', (session) => {
 *     it('lists the claims', async () => {
 *       const page = await session().openPage(server.url('/a/sample.html'));
 *       await waitForMarks(page, 'quantity', 8);
 *       const panel = await session().openExtensionPage('sidepanel.html', await session().tabIdOf(page));
 *       await panel.click(await selectorFor(panel, 'li.claim button.claim-text', '2,300'));
 *     });
 *   });
 *
 * Needs `sequence: { hooks: 'stack' }` in the vitest config (the e2e and shared ones have it).
 */
export function describeInBrowsers(title: string, body: (session: () => ExtensionSession) => void): void {
  describe.each(BROWSERS)(`${title} (%s)`, (name) => {
    let session: ExtensionSession | undefined;
    beforeAll(async () => {
      session = await launchSession(name);
    });
    afterAll(async () => {
      await session?.close();
    });
    body(() => session ?? raise(`${name} did not start`));
    it('raised no uncaught error in the extension’s scripts', async () => {
      await new Promise((resolve) => setTimeout(resolve, 300)); // the browser prints asynchronously
      expect(session!.extensionErrors()).toEqual([]);
    });
  });
}

function raise(message: string): never {
  throw new Error(message);
}
