import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import type { Annotation } from '../../utils/model/annotation';
import { makeAnnotation } from '../support/annotations';
import { readAnnotationsIn } from '../support/extension-db';
import { BROWSERS, launchSession, type ExtensionSession } from '../support/harness';

/**
 * A library saved by schema v3 (one row per annotation) is moved into schema
 * v6 (page summaries, annotations in bundles) by the real browser's IndexedDB
 * when the new version opens it: every record exactly as it was, and the
 * library shows them all. The same move is tested field by field in
 * tests/unit/db-migrations.test.ts (fake-indexeddb).
 */
const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));

const pageA = { url: 'https://www.rferl.org/a/one.html', canonicalUrl: 'https://www.rferl.org/a/canonical.html', title: 'Kim Parades New Drones' };
const pageB = { url: 'https://www.svoboda.org/a/two.html', title: 'Войска у границы' };
const ROWS: Annotation[] = [
  makeAnnotation({ page: pageA, verdict: 'accurate', note: 'Matches the JCS statement', tags: ['troops'], updatedAt: '2026-11-20T10:30:00.000Z' }),
  makeAnnotation({ page: pageA, verdict: 'false', note: '=HYPERLINK("x") <b>not html</b>', tags: ['drones'], updatedAt: '2026-11-22T10:30:00.000Z' }),
  makeAnnotation({ page: pageB, verdict: 'mixed', note: 'Цифры не сходятся', updatedAt: '2026-11-21T10:30:00.000Z', dismissed: true }),
];

/**
 * Runs in an extension page: replaces the database with what schema v3 left (IndexedDB version 30, its indexes, one
 * row each). The background may open the database again (at this version) between the deletion and the opening at
 * version 30, which then fails with a VersionError: that is retried, from the deletion.
 */
function writeSchemaV3(rows: Annotation[]): Promise<void> {
  const attempt = (left: number): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      const removal = indexedDB.deleteDatabase('claimlens');
      removal.onerror = () => reject(removal.error);
      removal.onsuccess = () => {
        const open = indexedDB.open('claimlens', 30);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('annotations', { keyPath: 'id' });
          store.createIndex('page.url', 'page.url');
          store.createIndex('page.canonicalUrl', 'page.canonicalUrl');
          store.createIndex('tags', 'tags', { multiEntry: true });
          store.createIndex('updatedAt', 'updatedAt');
        };
        open.onerror = (event) => {
          if (open.error?.name === 'VersionError' && left > 0) {
            event.preventDefault();
            resolve(attempt(left - 1));
          } else reject(open.error);
        };
        open.onsuccess = () => {
          const tx = open.result.transaction('annotations', 'readwrite');
          for (const row of rows) tx.objectStore('annotations').put(row);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      };
    });
  return attempt(5);
}

describe.each(BROWSERS)('a schema v3 library opened by this version, in %s', (browserName) => {
  let server: StaticServer;
  let session: ExtensionSession;
  beforeAll(async () => {
    server = await serveFiles({ '/a/sample.html': SAMPLE });
    session = await launchSession(browserName);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('moves every row into its page’s bundle, unchanged, and the library lists them all', async () => {
    const article = await session.openPage(server.url('/a/sample.html'));
    const tabId = await session.tabIdOf(article);
    const setup = await session.openExtensionPage('options.html', tabId);
    await setup.evaluate(writeSchemaV3, ROWS);
    await setup.close();

    // The side panel reads the article's annotations through the background, which opens the database: the move runs there.
    const panel = await session.openExtensionPage('sidepanel.html', tabId);
    const opened = () =>
      panel.evaluate(
        () =>
          new Promise<{ version: number; stores: string[] }>((resolve) => {
            const open = indexedDB.open('claimlens');
            open.onsuccess = () => (resolve({ version: open.result.version, stores: [...open.result.objectStoreNames] }), open.result.close());
          }),
      );
    await expect.poll(opened, { timeout: 20_000 }).toEqual({ version: 60, stores: ['bundles', 'pages'] });
    const stored = await readAnnotationsIn(panel);
    expect(stored.sort((a, b) => a.id.localeCompare(b.id))).toEqual(ROWS);
    await panel.close();

    const library = await session.openExtensionPage('library.html', tabId);
    await library.waitForFunction(() => document.querySelector('.library-count')?.textContent === '3 of 3 annotations', undefined, { timeout: 20_000 });
    expect(session.extensionErrors()).toEqual([]);
    await library.close();
    await article.close();
  });
});
