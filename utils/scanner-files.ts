/**
 * The scanner is injected as two files, each evaluated in a task of its own
 * (issue 10: no task of 50 ms or more on the page's main thread): first zod,
 * the schema library (a third of the code to compile), then the scanner,
 * built with zod left out and read from ZOD_GLOBAL instead. Both live in the
 * package, neither is in the manifest nor web-accessible; the global is the
 * extension's isolated world's, which the page cannot see.
 */
export const SCANNER_ZOD_FILE = '/scanner-zod.js' as const;
/** Built from entrypoints/scanner.content (registration: 'runtime': in the package, not in the manifest). */
export const SCANNER_FILE = '/content-scripts/scanner.js' as const;
/** Where scanner-zod.js leaves zod for the scanner (see wxt.config.ts). */
export const ZOD_GLOBAL = '__claimlensZod';
