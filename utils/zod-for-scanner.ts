import { array, boolean, config, discriminatedUnion, enum as enumOf, literal, number, object, string, undefined as undefinedOf, void as voidOf } from 'zod';

/**
 * The part of zod the scanner's code calls (`z.object`, …), as its build
 * reads it from the global (`import { z } from 'zod'` becomes
 * `globalThis.__claimlensZod.z`). Only these builders are bundled into
 * scanner-zod.js (all of `z` would bring every locale); everything else a
 * schema does comes with its class. tests/unit/zod-for-scanner.test.ts checks
 * that every `z.<name>` in the scanner's code is here.
 */
export const zodForScanner = {
  z: { array, boolean, config, discriminatedUnion, enum: enumOf, literal, number, object, string, undefined: undefinedOf, void: voidOf },
};
