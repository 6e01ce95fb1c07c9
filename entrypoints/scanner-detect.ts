import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import * as detector from '../utils/detect';
import { DETECT_GLOBAL } from '../utils/scanner-files';

/** Injected after scanner-zod.js and before the scanner (utils/scanner-files.ts): the detector and its lexicons, evaluated in a task of their own. */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[DETECT_GLOBAL] = detector;
});
