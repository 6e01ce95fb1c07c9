import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchSession, type ExtensionSession } from '../support/harness';

// Every scenario ends by asserting the extension threw nothing (describeInBrowsers) and
// most assert that no request left 127.0.0.1: these show both checks would notice.
describe.each(BROWSERS)('the checks scenarios end with (%s)', (name) => {
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

  it('records a request an extension page sends to another host', async () => {
    expect(session.externalRequests()).toEqual([]);
    const popup = await session.openExtensionPage('popup.html', 1);
    await popup.evaluate(() => void fetch('http://claimlens-canary.invalid/ping').catch(() => undefined));
    // Firefox upgrades it to https (HTTPS-First), so only the host is seen (a CONNECT through the proxy).
    await expect.poll(() => session.externalRequests().map((url) => new URL(url).hostname)).toContain('claimlens-canary.invalid');
  });
});
