/**
 * Publication dates read from the saved real pages (ClaimReview's
 * itemReviewed.datePublished): how many pages declare one we can read, and
 * the seed article's exact date.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSavedPage, readSavedPage } from '../../scripts/lib/saved-page';
import { readPublishedDate } from '../../utils/scan/published-date';
import { sharedDir } from '../support/shared-dir';

describe('publication dates of the saved pages', () => {
  it('reads the seed article’s <time datetime>', () => {
    const doc = parseSavedPage(readSavedPage(sharedDir('pages', 'rferl-kim-drones.html'))).window.document;
    expect(readPublishedDate(doc)).toBe('2025-03-28T08:00:00.000Z');
  });

  it('finds a plausible date on at least 140 of the 169 (145 today) real pages', { timeout: 900_000 }, async () => {
    const dir = sharedDir('pages', 'html');
    const files = readdirSync(dir).filter((f) => f.endsWith('.html.gz'));
    expect(files.length).toBe(169);
    const dates: (string | undefined)[] = [];
    for (const file of files) {
      // Parsing 169 real pages takes a minute: let the test runner's worker breathe between pages.
      await new Promise((resolve) => setImmediate(resolve));
      dates.push(readPublishedDate(parseSavedPage(readSavedPage(`${dir}/${file}`)).window.document));
    }
    const found = dates.filter((d): d is string => d !== undefined);
    console.log(`publication date found on ${found.length} of ${files.length} pages`);
    expect(found.length).toBeGreaterThanOrEqual(140);
    // The benchmark pages were saved in 2018–2020: nothing from another era slipped in.
    for (const date of found) expect(Number(date.slice(0, 4))).toBeGreaterThanOrEqual(2000);
  });
});
