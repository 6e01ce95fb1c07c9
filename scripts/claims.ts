/**
 * Prints the claims of each file as one JSON line, the format
 * ../shared/claims/score.py reads:  npm run --silent claims -- FILE...
 * `.txt` is read as is; `.html` / `.html.gz` are reduced to the article text
 * first (the same extraction the content script uses), and the page's
 * declared language is passed to the detector.
 */
import { readFileSync } from 'node:fs';
import { detectClaims } from '../utils/detect/index';
import { extractArticle } from '../utils/extract/article';
import { parseSavedPage, readSavedPage } from './lib/saved-page';

function readArticle(file: string): { text: string; lang?: string } {
  if (!/\.html?(?:\.gz)?$/i.test(file)) return { text: readFileSync(file, 'utf8') };
  const dom = parseSavedPage(readSavedPage(file));
  const { text, lang } = extractArticle(dom.window.document);
  dom.window.close();
  return { text, lang };
}

function main(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent claims -- FILE...\n');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    let article: { text: string; lang?: string };
    try {
      article = readArticle(file);
    } catch (error) {
      failed = true;
      process.stderr.write(`claims: cannot read ${file}: ${(error as Error).message}\n`);
      continue;
    }
    process.stdout.write(JSON.stringify({ file, claims: detectClaims(article.text, { lang: article.lang }) }) + '\n');
  }
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
