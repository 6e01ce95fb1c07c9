/**
 * Prints the claims of each file as one JSON line, the format
 * ../shared/claims/score.py reads:  npm run --silent claims -- FILE...
 * `.txt` is read as is; `.html` / `.html.gz` are reduced to the article text first.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { detectClaims } from '../utils/detect/index';

type ArticleExtractor = (doc: Document) => { text: string };

/** The article extractor, when the extraction module exists in this checkout. */
async function loadExtractor(): Promise<ArticleExtractor | null> {
  const path = resolve(import.meta.dirname, '../utils/extract/article.ts');
  if (!existsSync(path)) return null;
  const module = (await import(pathToFileURL(path).href)) as { extractArticle?: ArticleExtractor };
  return module.extractArticle ?? null;
}

async function articleText(file: string, extractor: ArticleExtractor | null): Promise<string> {
  const bytes = readFileSync(file);
  if (!/\.html?(?:\.gz)?$/i.test(file)) return bytes.toString('utf8');
  const html = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const { JSDOM } = await import('jsdom');
  const document = new JSDOM(html).window.document;
  if (extractor) return extractor(document).text;
  // Fallback until utils/extract/article.ts exists: the body's text, nothing smarter.
  return document.body?.textContent ?? '';
}

async function main(files: string[]): Promise<number> {
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent claims -- FILE...\n');
    return 2;
  }
  const extractor = files.some((f) => /\.html?(?:\.gz)?$/i.test(f)) ? await loadExtractor() : null;
  let failed = false;
  for (const file of files) {
    let text: string;
    try {
      text = await articleText(file, extractor);
    } catch (error) {
      failed = true;
      process.stderr.write(`claims: cannot read ${file}: ${(error as Error).message}\n`);
      continue;
    }
    process.stdout.write(JSON.stringify({ file, claims: detectClaims(text) }) + '\n');
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
