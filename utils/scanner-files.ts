/**
 * The scanner is injected as three files, each evaluated in a task of its
 * own (issue 10: no task of 50 ms or more on the page's main thread): zod,
 * the schema library; the detector with its lexicons; then the scanner,
 * built with both left out and read from the globals below instead (see
 * wxt.config.ts). Each is a third of the code that used to be compiled and
 * run in one task. All live in the package, none is in the manifest or
 * web-accessible; the globals are the extension's isolated world's, which
 * the page cannot see.
 */
export const SCANNER_ZOD_FILE = '/scanner-zod.js' as const;
export const SCANNER_DETECT_FILE = '/scanner-detect.js' as const;
/** Built from entrypoints/scanner.content (registration: 'runtime': in the package, not in the manifest). */
export const SCANNER_FILE = '/content-scripts/scanner.js' as const;
/** In the order they must be injected, one `executeScript` call each (one call evaluates all its files in one task). */
export const SCANNER_FILES = [SCANNER_ZOD_FILE, SCANNER_DETECT_FILE, SCANNER_FILE] as const;
/** Where scanner-zod.js leaves zod for the scanner. */
export const ZOD_GLOBAL = '__claimlensZod';
/** Where scanner-detect.js leaves the detector (utils/detect) for the scanner. */
export const DETECT_GLOBAL = '__claimlensDetect';
