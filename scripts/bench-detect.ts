/**
 * Detection throughput: the claim detector against the `compromise` NLP
 * library on the same article texts (../shared/pages/ground-truth.json), in
 * the same run, reported in MB/s (UTF-16 code units / 1e6 per second) and as
 * a ratio. The detector must stay at least 100× faster.
 */
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { detectClaims } from '../utils/detect/index';
import { sharedDir } from '../tests/support/shared-dir';

export interface ThroughputResult {
  name: string;
  megabytesPerSecond: number;
  runs: number[];
}

export interface DetectBenchResult {
  texts: number;
  characters: number;
  detector: ThroughputResult;
  compromise: ThroughputResult;
  ratio: number;
}

/** The minimum speed-up over compromise the detector must keep. */
export const REQUIRED_RATIO = 100;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Times `runs` passes of `detect` over all texts after one warm-up pass; MB/s per run and their median. */
function measure(name: string, texts: string[], runs: number, detect: (text: string) => unknown): ThroughputResult {
  const characters = texts.reduce((n, t) => n + t.length, 0);
  for (const text of texts) detect(text); // warm-up: compile regexes, let the JIT settle
  const speeds: number[] = [];
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    for (const text of texts) detect(text);
    const seconds = (performance.now() - started) / 1000;
    speeds.push(characters / 1e6 / seconds);
  }
  return { name, megabytesPerSecond: median(speeds), runs: speeds };
}

/**
 * compromise as a comparable detector: its number parser for quantities, its
 * quotations and verbs for attributions.
 */
function compromiseDetector(text: string): unknown {
  const doc = nlp(text);
  return [doc.numbers().out('array'), doc.quotations().out('array'), doc.verbs().out('array')];
}

export function loadBenchTexts(): string[] {
  const path = sharedDir('pages', 'ground-truth.json');
  const pages = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { url: string; articleBody: string }>;
  return Object.values(pages)
    .map((page) => page.articleBody)
    .filter((body): body is string => typeof body === 'string' && body.length > 0);
}

export function runDetectBench(options: { runs?: number; compromiseRuns?: number } = {}): DetectBenchResult {
  const texts = loadBenchTexts();
  const characters = texts.reduce((n, t) => n + t.length, 0);
  const detector = measure('claimlens detector', texts, options.runs ?? 7, (text) => detectClaims(text));
  // compromise is ~1000× slower: fewer runs keep the bench under a minute, the median still damps noise.
  const compromise = measure('compromise', texts, options.compromiseRuns ?? 3, compromiseDetector);
  return { texts: texts.length, characters, detector, compromise, ratio: detector.megabytesPerSecond / compromise.megabytesPerSecond };
}

export function printDetectBench(result: DetectBenchResult): boolean {
  const fmt = (r: ThroughputResult) => `${r.megabytesPerSecond.toFixed(3)} MB/s (runs: ${r.runs.map((s) => s.toFixed(3)).join(', ')})`;
  console.log(`detect bench: ${result.texts} article texts, ${(result.characters / 1e6).toFixed(2)} M characters`);
  console.log(`  detector   ${fmt(result.detector)}`);
  console.log(`  compromise ${fmt(result.compromise)}`);
  const ok = result.ratio >= REQUIRED_RATIO;
  console.log(`  ratio      ${result.ratio.toFixed(1)}x (required >= ${REQUIRED_RATIO}x) ${ok ? 'ok' : 'TOO SLOW'}`);
  return ok;
}
