/**
 * Prints the claims of each file as one JSON line, the format
 * ../shared/claims/score.py reads:  npm run --silent claims -- FILE...
 * `.txt` is read as is; `.html` / `.html.gz` are reduced to the article text
 * first (the same extraction the content script uses), and the page's
 * declared language is passed to the detector. jsdom and the extractor are
 * loaded only when an HTML file comes, so plain text starts fast.
 *
 * `--timings` also writes to stderr how long start-up took, how long loading
 * the HTML reader took (once), and how long each file took (read, extract,
 * detect; wall clock and CPU), in milliseconds:
 *   claims: start-up 412 ms
 *   claims: HTML reader loaded in 900 ms
 *   claims: 37 ms (cpu 30 ms) a.txt
 */
import { readFileSync } from 'node:fs';
import { detectClaims } from '../utils/detect/index';

type HtmlReader = (file: string) => { text: string; lang?: string };
let htmlReader: HtmlReader | undefined;

/** jsdom and the extractor, loaded on the first HTML file. */
async function loadHtmlReader(): Promise<HtmlReader> {
  const [{ parseSavedPage, readSavedPage }, { extractArticle }] = await Promise.all([import('./lib/saved-page'), import('../utils/extract/article')]);
  return (file) => {
    const dom = parseSavedPage(readSavedPage(file));
    const { text, lang } = extractArticle(dom.window.document);
    dom.window.close();
    return { text, lang };
  };
}

const isHtml = (file: string) => /\.html?(?:\.gz)?$/i.test(file);

async function main(args: string[]): Promise<number> {
  const timings = args.includes('--timings');
  const files = args.filter((a) => a !== '--timings');
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent claims -- [--timings] FILE...\n');
    return 2;
  }
  // Time since the process began: node, tsx and the detector's modules.
  if (timings) process.stderr.write(`claims: start-up ${Math.round(process.uptime() * 1000)} ms\n`);
  let failed = false;
  for (const file of files) {
    if (isHtml(file) && !htmlReader) {
      const loading = performance.now();
      htmlReader = await loadHtmlReader();
      if (timings) process.stderr.write(`claims: HTML reader loaded in ${Math.round(performance.now() - loading)} ms\n`);
    }
    const started = performance.now();
    const cpu = process.cpuUsage();
    let article: { text: string; lang?: string };
    try {
      article = isHtml(file) ? htmlReader!(file) : { text: readFileSync(file, 'utf8') };
    } catch (error) {
      failed = true;
      process.stderr.write(`claims: cannot read ${file}: ${(error as Error).message}\n`);
      continue;
    }
    process.stdout.write(JSON.stringify({ file, claims: detectClaims(article.text, { lang: article.lang }) }) + '\n');
    if (timings) {
      const used = process.cpuUsage(cpu);
      process.stderr.write(`claims: ${Math.round(performance.now() - started)} ms (cpu ${Math.round((used.user + used.system) / 1000)} ms) ${file}\n`);
    }
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
