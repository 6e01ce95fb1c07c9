/**
 * The loader's article test (utils/loader/is-article.ts) against the saved
 * real pages in ../shared/pages: every page with gold article text must get
 * the scanner. Pages the extraction calls listings (isArticle: false) may
 * get it too (the scanner then marks nothing there): their number is printed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseSavedPage, readSavedPage } from '../../scripts/lib/saved-page';
import { extractArticle } from '../../utils/extract/article';
import { looksLikeArticle, type ArticleReason } from '../../utils/loader/is-article';
import { sharedDir } from '../support/shared-dir';

it('calls every saved story an article; counts the listings it would load the scanner on', { timeout: 900_000 }, async () => {
  const truth = JSON.parse(readFileSync(sharedDir('pages', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  const dir = sharedDir('pages', 'html');
  const files = readdirSync(dir).filter((f) => f.endsWith('.html.gz')).sort();
  expect(files.length).toBe(169);
  const missed: string[] = [];
  const reasons: Partial<Record<ArticleReason, number>> = {};
  let stories = 0;
  let listings = 0;
  let listingsLoaded = 0;
  for (const file of files) {
    // Parsing 169 real pages takes a while: let the test runner's worker breathe between pages.
    await new Promise((resolve) => setImmediate(resolve));
    const doc = parseSavedPage(readSavedPage(join(dir, file))).window.document;
    // jsdom is far slower than a browser: the time bound is the browser's business (tests/unit/loader.test.ts).
    const verdict = looksLikeArticle(doc, { budgetMs: 60_000 });
    if (verdict.reason) reasons[verdict.reason] = (reasons[verdict.reason] ?? 0) + 1;
    const gold = truth[file.replace(/\.html\.gz$/, '')]?.articleBody?.trim() ?? '';
    if (extractArticle(doc, { isHidden: null }).isArticle === false) {
      listings++;
      if (verdict.article) listingsLoaded++;
    } else if (gold) {
      stories++;
      if (!verdict.article) missed.push(file);
    }
  }
  console.log(`loader: ${stories - missed.length}/${stories} stories get the scanner; ${listingsLoaded}/${listings} listings do too; signals ${JSON.stringify(reasons)}`);
  expect(missed).toEqual([]);
  expect(stories).toBeGreaterThan(150);
});
