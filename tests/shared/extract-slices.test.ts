import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSavedPage } from '../../scripts/lib/saved-page';
import { expectSameExtraction } from '../support/sliced-extract';
import { sharedDir } from '../support/shared-dir';

/**
 * Issue 10: the content script extracts in slices. On every saved real page
 * of ../shared/pages, extraction paused after every step (between elements
 * of the walk too) gives the same text, text nodes and root as in one call.
 */
const dir = sharedDir('pages', 'html');
const names = readdirSync(dir).filter((name) => name.endsWith('.html.gz'));

describe('sliced extraction on the saved real pages', () => {
  it('reads all the saved pages', () => {
    expect(names.length).toBeGreaterThanOrEqual(150);
  });

  it('extracts every page the same way, paused after every step', () => {
    let pauses = 0;
    for (const name of names) pauses += expectSameExtraction(parseSavedPage(readFileSync(join(dir, name))).window.document, name);
    // Several pauses a page on average (a pause every 64 elements of each walk, and between steps).
    expect(pauses).toBeGreaterThan(names.length * 2);
  }, 300_000);
});
