import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ZOD_GLOBAL } from '../utils/scanner-files';
import { zodForScanner } from '../utils/zod-for-scanner';

/** Injected just before the scanner (utils/scanner-files.ts): zod, evaluated in a task of its own. */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[ZOD_GLOBAL] = zodForScanner;
});
