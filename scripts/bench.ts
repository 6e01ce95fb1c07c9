/**
 * Benchmark dispatcher: `npm run bench [-- NAME...]`. Runs every registered
 * bench (or the named ones) and exits non-zero when one misses its target.
 */
import { benchBrowser } from './bench-browser';
import { printDetectBench, runDetectBench } from './bench-detect';
import { printHostileBench, runHostileBench } from './bench-hostile';
import { benchLibrary } from './bench-library';
import { benchLongTasks } from './bench-longtasks';

type Bench = () => boolean | Promise<boolean>;

const BENCHES: Record<string, Bench> = {
  detect: () => printDetectBench(runDetectBench()),
  // Hostile text shapes (issue 11): time per 100 KB of each, and the worst.
  hostile: async () => printHostileBench(await runHostileBench()),
  // Needs the built extensions (`npm run build`, `npm run build:firefox`), Chromium and Firefox.
  browser: async () => (await benchBrowser(), true),
  // Needs the Chrome build: the library page with 100,000 annotations (first rows, search, export, import).
  library: benchLibrary,
  // Needs the Chrome build: long tasks the extension adds to page loads, with against without it (issue 10).
  longtasks: benchLongTasks,
};

async function main(names: string[]): Promise<number> {
  const selected = names.length ? names : Object.keys(BENCHES);
  let ok = true;
  for (const name of selected) {
    const bench = BENCHES[name];
    if (!bench) {
      console.error(`bench: unknown benchmark "${name}" (known: ${Object.keys(BENCHES).join(', ')})`);
      return 2;
    }
    try {
      ok = (await bench()) && ok;
    } catch (error) {
      console.error(`bench ${name} failed: ${(error as Error).message}`);
      return 1;
    }
  }
  return ok ? 0 : 1;
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
