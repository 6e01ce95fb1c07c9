import { z } from 'zod';

/**
 * The extension's pages and content scripts forbid `eval` (MV3's CSP), so
 * zod's compiled parsers are never available there; without this, zod
 * probes with `new Function('')` when it builds its first object schema.
 * The probe throws, the page sees a CSP violation report, and with
 * DevTools attached the throw captures a detailed stack trace, which has
 * V8 re-parse the whole 350 kB scanner for source positions (30–60 ms in
 * one task, seen in Chromium traces). Outside the extension (Node: the CLIs,
 * the tests) zod keeps its compiled parsers.
 */
const inExtension = (globalThis as { chrome?: { runtime?: { id?: string } } }).chrome?.runtime?.id !== undefined;
if (inExtension) z.config({ jitless: true });

/**
 * A zod schema built the first time it is used, not when its module loads.
 *
 * Why: the scanner is injected into news pages, and evaluating it is one
 * task of the page's main thread. zod builds a schema by running its
 * constructors (cold code in a fresh content-script world), about 0.2 ms per
 * call; the messages and models hold some 160 of them, ~38 ms of a task that
 * must stay under 50 ms (issue 10), while a page's scan only ever parses a
 * few of them, later, in tasks of their own.
 *
 * The wrapper stands in for the built schema everywhere: same type (so
 * `z.infer`, call sites and exported names do not change), every property and
 * method read from the built schema, `instanceof z.ZodObject` and `_zod`
 * answered by it, and nesting in other schemas works (zod reads a nested
 * schema only through its `_zod` internals and methods, which the wrapper
 * forwards). Building happens once; an error thrown while building is thrown
 * again at every use rather than leaving a half-built schema.
 */
export function lazySchema<T extends object>(build: () => T): T {
  let built: T | undefined;
  const schema = (): T => (built ??= build());
  // The proxy's own target stays an empty object: the invariants of a Proxy
  // then hold for every trap except a non-configurable property of the
  // schema (zod defines `_zod` so), which is copied onto the target when it
  // is described, as the invariant requires.
  const stand = {} as T;
  return new Proxy(stand, {
    get: (_target, key) => Reflect.get(schema(), key),
    set: (_target, key, value) => Reflect.set(schema(), key, value),
    has: (_target, key) => Reflect.has(schema(), key),
    ownKeys: () => Reflect.ownKeys(schema()),
    getOwnPropertyDescriptor: (_target, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(schema(), key);
      if (descriptor && !descriptor.configurable && !Reflect.getOwnPropertyDescriptor(stand, key)) Reflect.defineProperty(stand, key, descriptor);
      return descriptor;
    },
    defineProperty: (_target, key, descriptor) => {
      const defined = Reflect.defineProperty(schema(), key, descriptor);
      if (defined && descriptor.configurable === false) Reflect.defineProperty(stand, key, Reflect.getOwnPropertyDescriptor(schema(), key)!);
      return defined;
    },
    deleteProperty: (_target, key) => Reflect.deleteProperty(schema(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(schema()),
  });
}

/** Builds a lazy schema now (any other schema: nothing to do), so that its first use costs only the parse. */
export function buildNow(schema: object): void {
  void (schema as { _zod?: unknown })._zod;
}
