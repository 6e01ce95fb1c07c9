import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchSession, type ExtensionSession } from '../support/harness';

// Every scenario ends by asserting the extension threw nothing (describeInBrowsers);
// this shows that check would notice if it had.
describe.each(BROWSERS)('the uncaught-error check (%s)', (name) => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchSession(name);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('reports an uncaught error and an unhandled rejection in an extension page, and nothing before', async () => {
    const popup = await session.openExtensionPage('popup.html', 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(session.extensionErrors()).toEqual([]);
    await popup.evaluate(() => {
      setTimeout(() => {
        throw new Error('claimlens-canary-throw');
      });
      setTimeout(() => void Promise.reject(new Error('claimlens-canary-rejection')));
    });
    await expect.poll(() => session.extensionErrors().join('\n')).toMatch(/claimlens-canary-throw[^]*claimlens-canary-rejection/);
  });
});
