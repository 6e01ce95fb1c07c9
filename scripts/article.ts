/**
 * Prints the article text of saved pages, one JSON line per file, in order:
 *   npm run --silent article -- [--timing] FILE.html[.gz]...
 * {"file": ..., "articleBody": ...}. An unreadable file is reported on stderr,
 * gets an empty articleBody, and makes the exit status non-zero at the end.
 * --timing prints per-page extraction time (jsdom, parsing excluded) on stderr:
 * the first extraction of each page, and a second one on the same DOM (warm
 * JIT), since the first pages also pay for compiling the extractor.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { createRequire } from 'node:module';
import { extractArticle } from '../utils/extract/article';

// jsdom ships no types and @types/jsdom is not a dependency: type the little used here.
interface JsdomApi {
  JSDOM: new (html: string | Buffer, options: object) => { window: { document: Document; close(): void } };
  VirtualConsole: new () => object;
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as JsdomApi;

function loadHtml(file: string): Buffer {
  const raw = readFileSync(file);
  return file.endsWith('.gz') ? gunzipSync(raw) : raw;
}

/**
 * Saved pages often lost their HTTP charset header; bytes that are valid
 * UTF-8 are read as UTF-8, anything else is left to jsdom's sniffing (BOM,
 * <meta charset>, windows-1252).
 */
function decodeHtml(raw: Buffer): string | Buffer {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return raw;
  }
}

/**
 * jsdom parses every <style> sheet while building the DOM and throws on some
 * real-world CSS (e.g. unusual calc()). Extraction never reads stylesheets,
 * so on such a failure the page is parsed again with style sheets emptied.
 */
function parsePage(raw: Buffer, virtualConsole: object): { window: { document: Document; close(): void } } {
  const html = decodeHtml(raw);
  try {
    return new JSDOM(html, { virtualConsole, contentType: 'text/html' });
  } catch {
    const emptySheets = (s: string): string => s.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style\s*>)/gi, '$1$2');
    // latin1 round-trips arbitrary bytes, so a Buffer keeps its sniffed charset.
    const again = typeof html === 'string' ? emptySheets(html) : Buffer.from(emptySheets(html.toString('latin1')), 'latin1');
    return new JSDOM(again, { virtualConsole, contentType: 'text/html' });
  }
}

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
  // jsdom reports CSS it cannot parse; that is noise here.
  const quiet = new VirtualConsole();
  const times: number[] = [];
  const warmTimes: number[] = [];
  let failures = 0;
  for (const file of files) {
    let articleBody = '';
    try {
      const dom = parsePage(loadHtml(file), quiet);
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
