import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The MUST assertions of the W3C Web Annotation test suite
 * (../shared/w3c-annotation-tests) as ajv validators. The suite's schemas are
 * JSON Schema draft-04; ajv 8 reads draft-07, so each file is translated the
 * two ways the drafts differ in what the suite uses: a schema's own `id`
 * becomes `$id` (the `$ref`s name files by it), and draft-04's boolean
 * `exclusiveMinimum` becomes draft-07's number. Nothing else is touched.
 */
export type MustFamily = 'annotation' | 'collection' | 'page';

export interface Must {
  family: MustFamily;
  file: string;
  title: string;
  errorMessage: string;
  validate: ValidateFunction;
}

export const MUST_TESTS: Record<MustFamily, string> = {
  annotation: 'annotations/annotationMusts.test',
  collection: 'collections/collectionMusts.test',
  page: 'collections/pages/pageMusts.test',
};

type Schema = Record<string, unknown>;

function toDraft07(schema: unknown, root: boolean): unknown {
  if (Array.isArray(schema)) return schema.map((item) => toDraft07(item, false));
  if (typeof schema !== 'object' || schema === null) return schema;
  const out: Schema = {};
  for (const [key, value] of Object.entries(schema as Schema)) {
    if (key === '$schema') continue;
    if (key === 'id' && root && typeof value === 'string') out.$id = value;
    // "properties" maps names to schemas: a property called "id" is no schema id.
    else if (key === 'properties' && typeof value === 'object' && value !== null)
      out.properties = Object.fromEntries(Object.entries(value as Schema).map(([name, sub]) => [name, toDraft07(sub, false)]));
    else out[key] = toDraft07(value, false);
  }
  if (out.exclusiveMinimum === true && typeof out.minimum === 'number') {
    out.exclusiveMinimum = out.minimum;
    delete out.minimum;
  }
  return out;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

/** Every MUST of the three test files, compiled; `suite` is the test suite's directory. */
export function loadMusts(suite: string): Must[] {
  const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false });
  addFormats(ajv);
  // The suite's own keywords (assertionType, expectedResult, ...) are annotations, not constraints.
  for (const keyword of ['assertionType', 'expectedResult', 'onUnexpectedResult', 'errorMessage']) ajv.addKeyword(keyword);
  const definitions = join(suite, 'definitions');
  for (const file of readdirSync(definitions).filter((f) => f.endsWith('.json'))) ajv.addSchema(toDraft07(readJson(join(definitions, file)), true) as Schema);
  const musts: Must[] = [];
  for (const [family, testFile] of Object.entries(MUST_TESTS) as [MustFamily, string][]) {
    const { assertions } = readJson(join(suite, testFile)) as { assertions: string[] };
    for (const file of assertions) {
      const schema = toDraft07(readJson(join(suite, file)), true) as Schema & { title: string; errorMessage: string; assertionType: string; expectedResult: string };
      if (schema.assertionType !== 'must' || schema.expectedResult !== 'valid') throw new Error(`${file}: not a MUST expecting a valid document`);
      musts.push({ family, file, title: schema.title, errorMessage: schema.errorMessage, validate: ajv.getSchema(schema.$id as string) ?? ajv.compile(schema) });
    }
  }
  return musts;
}

/** The MUSTs of `families` that `document` breaks, by file name. */
export function brokenMusts(musts: Must[], families: MustFamily[], document: unknown): string[] {
  return musts.filter((m) => families.includes(m.family) && !m.validate(document)).map((m) => m.file);
}

/**
 * A collection's embedded annotations inherit its `@context` (JSON-LD), as
 * its embedded page does: each is checked as the document it is.
 */
export function embeddedAnnotations(collection: { '@context': unknown; first: { items: Schema[] } }): Schema[] {
  return collection.first.items.map((item) => ({ '@context': collection['@context'], ...item }));
}
