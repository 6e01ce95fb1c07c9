/**
 * Per-page report of article extraction on the saved benchmark pages, to
 * find what the extractor gets wrong rather than only how much:
 *   npx tsx scripts/extraction-report.ts [--pages DIR] [--worst N] [--extra] [--missed] [--only PREFIX,...]
 * Prints the mean P/R/F1 (4-token shingles, as ../shared/pages/score_extraction.py
 * computes them), the total and slowest extraction times (jsdom, parsing
 * excluded), and the N worst pages by F1. --extra lists, for each of those
 * pages, the extracted lines that are not in the gold text (the false
 * marks); --missed the gold lines that were not extracted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../utils/extract/article';
import { parseSavedPage, readSavedPage } from './lib/saved-page';

const WORD = /[\p{L}\p{N}_]+/gu;

function tokens(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** 4-token shingles with counts, as score_extraction.py builds them. */
function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const grams = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const gram = t.slice(i, i + 4).join(' ');
    if (gram) grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

interface PageScore {
  key: string;
  url: string;
  p: number;
  r: number;
  f1: number;
  ms: number;
  got: string;
  gold: string;
  notArticle: boolean;
}

function score(gold: string, got: string): { p: number; r: number } {
  const g = shingles(gold);
  const p = shingles(got);
  let tp = 0;
  let gTotal = 0;
  let pTotal = 0;
  for (const [k, c] of g) {
    tp += Math.min(c, p.get(k) ?? 0);
    gTotal += c;
  }
  for (const c of p.values()) pTotal += c;
  const fp = pTotal - tp;
  const fn = gTotal - tp;
  if (fp === 0 && fn === 0) return { p: 1, r: 1 };
  return { p: tp + fp > 0 ? tp / (tp + fp) : 0, r: tp + fn > 0 ? tp / (tp + fn) : 0 };
}

/** Lines of `text` with at least one 4-token shingle absent from `other` (the line's share of them in brackets). */
function linesNotIn(text: string, other: string): string[] {
  const known = shingles(other);
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    const grams = [...shingles(line).keys()];
    const t = tokens(line);
    if (t.length === 0) continue;
    const missing = t.length < 4 ? (known.size && other.includes(line.trim()) ? 0 : 1) : grams.filter((g) => !known.has(g)).length / grams.length;
    if (missing >= 0.5) out.push(`[${Math.round(missing * 100)}%] ${line.trim().slice(0, 160)}`);
  }
  return out;
}

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(argv: string[]): number {
  const pagesDir = option(argv, '--pages') ?? join(process.cwd(), '..', 'shared', 'pages');
  const worst = Number(option(argv, '--worst') ?? 15);
  const only = option(argv, '--only')?.split(',');
  const truth = JSON.parse(readFileSync(join(pagesDir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const keys = Object.keys(truth).sort().filter((k) => !only || only.some((o) => k.startsWith(o)));
  const pages: PageScore[] = [];
  for (const key of keys) {
    const dom = parseSavedPage(readSavedPage(join(pagesDir, 'html', key + '.html.gz')));
    const t0 = performance.now();
    const article = extractArticle(dom.window.document);
    const ms = performance.now() - t0;
    dom.window.close();
    const gold = truth[key].articleBody;
    const { p, r } = score(gold, article.text);
    pages.push({ key, url: truth[key].url, p, r, f1: p + r > 0 ? (2 * p * r) / (p + r) : 0, ms, got: article.text, gold, notArticle: article.isArticle === false });
  }
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  const P = mean(pages.map((x) => x.p));
  const R = mean(pages.map((x) => x.r));
  const totalMs = pages.reduce((a, x) => a + x.ms, 0);
  const slowest = [...pages].sort((a, b) => b.ms - a.ms).slice(0, 3);
  const sortedMs = pages.map((x) => x.ms).sort((a, b) => a - b);
  const median = sortedMs[Math.floor(sortedMs.length / 2)] ?? 0;
  console.log(`article text  P ${P.toFixed(3)}  R ${R.toFixed(3)}  F1 ${((2 * P * R) / (P + R)).toFixed(3)}  pages ${pages.length}`);
  console.log(`extraction time: total ${totalMs.toFixed(0)} ms, median ${median.toFixed(1)} ms; slowest ${slowest.map((x) => `${x.key.slice(0, 8)} ${x.ms.toFixed(1)} ms`).join(', ')}`);
  const notArticles = pages.filter((x) => x.notArticle);
  if (notArticles.length) console.log(`called "not an article": ${notArticles.map((x) => x.key.slice(0, 8)).join(', ')}`);
  console.log(`\nworst ${worst} by F1:`);
  for (const x of [...pages].sort((a, b) => a.f1 - b.f1).slice(0, worst)) {
    console.log(`  ${x.key.slice(0, 8)}  P ${x.p.toFixed(2)}  R ${x.r.toFixed(2)}  F1 ${x.f1.toFixed(2)}  ${x.ms.toFixed(0)} ms  ${x.url.slice(0, 80)}`);
    if (argv.includes('--extra')) for (const line of linesNotIn(x.got, x.gold).slice(0, 25)) console.log(`      + ${line}`);
    if (argv.includes('--missed')) for (const line of linesNotIn(x.gold, x.got).slice(0, 25)) console.log(`      - ${line}`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
