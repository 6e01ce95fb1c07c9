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

/**
 * Throughput of one run, in MB/s: whole passes over all texts until at least
 * `minSeconds` have gone by. A detector pass takes a tenth of a second, so a
 * run repeats it; that keeps a moment of machine load from deciding a run.
 */
function oneRun(texts: string[], characters: number, detect: (text: string) => unknown, minSeconds: number): number {
  const started = performance.now();
  let passes = 0;
  let elapsed = 0;
  do {
    for (const text of texts) detect(text);
    passes++;
    elapsed = (performance.now() - started) / 1000;
  } while (elapsed < minSeconds);
  return (characters * passes) / 1e6 / elapsed;
}

/**
 * Times both detectors over all texts after warm-up passes. Runs are
 * interleaved (detector, compromise, detector, …) so that a busy machine
 * slows both alike and the ratio stays fair; each side reports its median.
 */
function measureBoth(texts: string[], runs: number, compromiseRuns: number): { detector: ThroughputResult; compromise: ThroughputResult } {
  const characters = texts.reduce((n, t) => n + t.length, 0);
  const detect = (text: string) => detectClaims(text);
  for (let w = 0; w < 3; w++) for (const text of texts) detect(text); // warm-up: compile regexes, let the JIT settle
  for (const text of texts.slice(0, 10)) compromiseDetector(text);
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let r = 0; r < Math.max(runs, compromiseRuns); r++) {
    if (r < runs) ours.push(oneRun(texts, characters, detect, 1));
    if (r < compromiseRuns) theirs.push(oneRun(texts, characters, compromiseDetector, 0));
  }
  return {
    detector: { name: 'claimlens detector', megabytesPerSecond: median(ours), runs: ours },
    compromise: { name: 'compromise', megabytesPerSecond: median(theirs), runs: theirs },
  };
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
  // compromise is ~100× slower: fewer runs of it keep the bench near a minute; the median still damps noise.
  const { detector, compromise } = measureBoth(texts, options.runs ?? 7, options.compromiseRuns ?? 3);
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
