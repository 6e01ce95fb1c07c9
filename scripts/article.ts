/**
 * Prints the article text of saved pages, one JSON line per file, in order:
 *   npm run --silent article -- [--timing] FILE.html[.gz]...
 * {"file": ..., "articleBody": ...}. An unreadable file is reported on stderr,
 * gets an empty articleBody, and makes the exit status non-zero at the end.
 * --timing prints per-page extraction time (jsdom, parsing excluded) on stderr:
 * the first extraction of each page, and a second one on the same DOM (warm
 * JIT), since the first pages also pay for compiling the extractor.
 */
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../utils/extract/article';
import { parseSavedPage, readSavedPage } from './lib/saved-page';

function summary(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `median ${median.toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
}

function main(argv: string[]): number {
  const timing = argv.includes('--timing');
  const files = argv.filter((a) => a !== '--timing');
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent article -- [--timing] FILE.html[.gz]...\n');
    return 2;
  }
  const times: number[] = [];
  const warmTimes: number[] = [];
  let failures = 0;
  for (const file of files) {
    let articleBody = '';
    try {
      const dom = parseSavedPage(readSavedPage(file));
      const t0 = performance.now();
      articleBody = extractArticle(dom.window.document).text;
      const ms = performance.now() - t0;
      times.push(ms);
      if (timing) {
        const t1 = performance.now();
        extractArticle(dom.window.document);
        const warm = performance.now() - t1;
        warmTimes.push(warm);
        process.stderr.write(`${ms.toFixed(1)} ms (again: ${warm.toFixed(1)} ms)  ${file}\n`);
      }
      dom.window.close();
    } catch (err) {
      failures++;
      process.stderr.write(`article: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}\n`);
    }
    process.stdout.write(JSON.stringify({ file, articleBody }) + '\n');
  }
  if (timing && times.length > 0) {
    process.stderr.write(`extraction time, first run: ${summary(times)}; second run: ${summary(warmTimes)}; over ${times.length} pages\n`);
  }
  return failures > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
