/**
 * Bundle budgets, run by `npm test` right after the two builds. The loader
 * runs on every page the user opens, so it must stay a few kB; the scanner
 * is injected on stories (and on request), and its budget is what it
 * measured (342 kB in Chrome, README "How it is built") plus ~15%. Since
 * issue 10's last step it is injected as three files, each evaluated in a
 * task of its own (utils/scanner-files.ts): scanner-zod.js (zod's builders,
 * 91 kB), scanner-detect.js (the detector and its lexicons, 157 kB), then the
 * scanner without either (105 kB); each budget is what it measured plus
 * ~15%, and the scanner must carry neither again (one evaluation would then
 * hold the page's main thread for 100 ms or more).
 * Fails with the file, its size and its budget.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const LOADER = 'content-scripts/loader.js';
const SCANNER = 'content-scripts/scanner.js';
const SCANNER_ZOD = 'scanner-zod.js';
const SCANNER_DETECT = 'scanner-detect.js';
const KB = 1024;
const LOADER_BUDGET = 8 * KB;
const SCANNER_BUDGET = 120 * KB;
const SCANNER_ZOD_BUDGET = 105 * KB;
const SCANNER_DETECT_BUDGET = 180 * KB;
/** What the loader must never carry: the UI library, the schema library, the database, the messaging library. */
const NOT_IN_LOADER: Array<[string, RegExp]> = [
  ['React', /react\.(transitional\.)?element|__SECRET_INTERNALS|useSyncExternalStore/],
  ['zod', /ZodError|\$ZodType|_zod/],
  ['Dexie', /Dexie/],
  ['@webext-core/messaging', /\[messaging\]/],
];

const root = fileURLToPath(new URL('../.output/', import.meta.url));
const failures: string[] = [];
const kb = (bytes: number) => `${(bytes / KB).toFixed(2)} KiB`;

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join(root, target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    failures.push(`${target}: not built (run \`wxt build\`${target.startsWith('firefox') ? ' -b firefox' : ''} first)`);
    continue;
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[] }>;
    web_accessible_resources?: unknown[];
  };
  const declared = (manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);
  if (declared.join() !== LOADER) failures.push(`${target}: the manifest must declare only ${LOADER} for every page, found [${declared.join(', ')}]`);
  if (/scanner/.test(JSON.stringify(manifest.web_accessible_resources ?? []))) {
    failures.push(`${target}: the scanner must not be web-accessible (any page could probe for the extension)`);
  }
  for (const [file, budget] of [
    [LOADER, LOADER_BUDGET],
    [SCANNER, SCANNER_BUDGET],
    [SCANNER_ZOD, SCANNER_ZOD_BUDGET],
    [SCANNER_DETECT, SCANNER_DETECT_BUDGET],
  ] as const) {
    const path = join(dir, file);
    if (!existsSync(path)) {
      failures.push(`${target}: ${file} is missing`);
      continue;
    }
    const code = readFileSync(path);
    const gzipped = gzipSync(code).length;
    console.log(`${target}/${file}: ${kb(code.length)} minified, ${kb(gzipped)} gzip (budget ${kb(budget)})`);
    if (code.length > budget) failures.push(`${target}: ${file} is ${kb(code.length)}, over its budget of ${kb(budget)}`);
    if (file === LOADER) {
      const text = code.toString('utf8');
      for (const [name, marker] of NOT_IN_LOADER) if (marker.test(text)) failures.push(`${target}: ${file} carries ${name}; the loader must not`);
    }
    if (file === SCANNER && /\$ZodType|_zod\.def/.test(code.toString('utf8'))) failures.push(`${target}: ${file} carries zod, which ${SCANNER_ZOD} brings in a task of its own`);
    // A lemma of the Russian cue table, as written or as the build escapes it: only the detector has it.
    const carriesDetector = ['заявить', '\\u0437\\u0430\\u044F\\u0432\\u0438\\u0442\\u044C'].some((lemma) => code.toString('utf8').includes(lemma));
    if (file === SCANNER && carriesDetector) failures.push(`${target}: ${file} carries the detector, which ${SCANNER_DETECT} brings in a task of its own`);
  }
}

/**
 * The library page's first module and what it imports statically: the browser runs it only once all of it is
 * fetched and evaluated, and the first rows wait for it. With the whole interface's words (a 130 kB chunk) it
 * started ~40 ms after a blank page's; now ~23 kB (utils/i18n/row-words.ts). The rest of the page must not be
 * named in <head> either (utils/library/later-modules.ts).
 */
const LIBRARY_FIRST_BUDGET = 32 * KB;
for (const target of ['chrome-mv3', 'firefox-mv3']) {
  const dir = join(root, target);
  if (!existsSync(join(dir, 'library.html'))) continue;
  const html = readFileSync(join(dir, 'library.html'), 'utf8');
  const entry = html.match(/<script type="module"[^>]*src="\/([^"]+)"/)?.[1];
  if (!entry) {
    failures.push(`${target}: library.html names no module script`);
    continue;
  }
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(dir, file))) return;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const [, imported] of code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"();]*?from\s*)?["']\.\/([^"']+)["']/g)) visit(join(file, '..', imported));
  };
  visit(entry);
  const size = [...seen].reduce((sum, file) => sum + readFileSync(join(dir, file)).length, 0);
  console.log(`${target}/library.html first module: ${kb(size)} with its static imports [${[...seen].join(', ')}] (budget ${kb(LIBRARY_FIRST_BUDGET)})`);
  if (size > LIBRARY_FIRST_BUDGET) failures.push(`${target}: the library's first module is ${kb(size)} with its static imports, over its budget of ${kb(LIBRARY_FIRST_BUDGET)}`);
  const head = html.slice(0, html.indexOf('</head>'));
  if (/rel="modulepreload"[^>]*(app|persist)-/.test(head)) failures.push(`${target}: library.html names the rest of the page in <head>; its first module preloads it once its read has started`);
}

if (failures.length > 0) {
  console.error(`Bundle budgets exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
